// Reads each PDF with pdf.js (pdfjs-dist, Firefox's PDF engine) and checks that its
// text holds the article's headline and paragraphs exactly, in order.
//
//   node reads-articles.mjs ARTICLE.json ARTICLE.pdf [ARTICLE.json ARTICLE.pdf ...]
//
// The JSON is galley's own export of the same article: its text as loaded. pdf.js joins
// the text items of a page outside artifacts; a line end may stand for a space or for
// nothing (between ideographs, inside a Thai sentence, after a line-break hyphen). Any
// other difference fails: a space read inside a word, a word space lost, a letter
// out of order.
import fs from "node:fs";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

function inlineText(runs) {
    return runs.map((r) => (r.text !== undefined ? r.text : inlineText(r.content ?? []))).join("");
}

function expectedTexts(article) {
    const texts = [inlineText(article.meta.headline)];
    for (const block of article.blocks) {
        if (block.type === "paragraph") texts.push(inlineText(block.content));
    }
    return texts.map((t) => t.replace(/\s+/gu, " ").trim());
}

async function pdfText(file) {
    const data = new Uint8Array(fs.readFileSync(file));
    const doc = await getDocument({ data, useSystemFonts: false, verbosity: 0 }).promise;
    let text = "";
    for (let p = 1; p <= doc.numPages; ++p) {
        // Page furniture (running heads, footers, the hyphens line breaks add) is marked
        // as artifacts (ISO 32000-1, 14.8.2.2): not the article's text.
        const content = await (await doc.getPage(p)).getTextContent({ includeMarkedContent: true });
        const open = [];
        for (const item of content.items) {
            if (item.type === "beginMarkedContent" || item.type === "beginMarkedContentProps") {
                open.push(item.tag);
            } else if (item.type === "endMarkedContent") {
                open.pop();
            } else if (!open.includes("Artifact")) {
                text += item.str + (item.hasEOL ? "\n" : "");
            }
        }
        text += "\n";
    }
    await doc.destroy();
    return text.replace(/[ \t]+/gu, " ").replace(/ *\n */gu, "\n");
}

const escape = (c) => c.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

// The expected text as a pattern: a space may be read as a line end, and a line end
// may come between any two characters.
function linePattern(text) {
    const lineEnd = "\\n?";
    return new RegExp([...text].map((c) => (c === " " ? "[ \\n]" : escape(c))).join(lineEnd), "u");
}

let failures = 0;
const args = process.argv.slice(2);
for (let i = 0; i + 1 < args.length; i += 2) {
    const article = JSON.parse(fs.readFileSync(args[i], "utf8"));
    const extracted = await pdfText(args[i + 1]);
    let rest = extracted;
    let read = true;
    for (const text of expectedTexts(article)) {
        const found = linePattern(text).exec(rest);
        if (!found) {
            console.log(`FAIL ${args[i + 1]}: pdf.js does not read\n  ${text}\nin\n${rest}\n`);
            read = false;
            break;
        }
        rest = rest.slice(found.index + found[0].length);
    }
    if (read) console.log(`ok ${args[i + 1]}`);
    else ++failures;
}
process.exit(failures ? 1 : 0);
