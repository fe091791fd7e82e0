// epub.js, as a web reading system runs it, on each EPUB given: prints the creator it
// reads from the package metadata, exits 1 when one has none ("Unknown" in a reader).
//   node epub-authors.js book.epub...
'use strict';
const fs = require('fs');
const { launch } = require('./browser');

async function main(files) {
    const browser = await launch();
    let missing = 0;
    try {
        const page = await browser.newPage();
        await page.addScriptTag({ path: require.resolve('jszip/dist/jszip.min.js') });
        await page.addScriptTag({ path: require.resolve('epubjs/dist/epub.min.js') });
        for (const file of files) {
            const base64 = fs.readFileSync(file).toString('base64');
            const creator = await page.evaluate(async (data) => {
                const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
                const book = window.ePub(bytes.buffer);
                const metadata = await book.loaded.metadata;
                return metadata.creator || '';
            }, base64);
            console.log(`${file}: creator ${JSON.stringify(creator)}`);
            if (!creator.trim()) {
                missing += 1;
            }
        }
    } finally {
        await browser.close();
    }
    return missing === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then((code) => process.exit(code), (e) => { console.error(e); process.exit(2); });
