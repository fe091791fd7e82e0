// stylelint with the rules calibre's "Check book" runs (calibre 6, resources/stylelint.js),
// on the stylesheet inside each XHTML page (<style>) and EPUB (EPUB/style.css) given.
// Prints every warning, exits 1 if any.
//   node css-lint.js page.xhtml book.epub...
'use strict';
const fs = require('fs');
const JSZip = require('jszip');

const calibreRules = {
    'annotation-no-unknown': true,
    'at-rule-no-unknown': true,
    'block-no-empty': true,
    'color-no-invalid-hex': true,
    'comment-no-empty': true,
    'custom-property-no-missing-var-function': true,
    'declaration-block-no-duplicate-custom-properties': true,
    'declaration-block-no-duplicate-properties': [true, { ignore: ['consecutive-duplicates-with-different-values'] }],
    'declaration-block-no-shorthand-property-overrides': true,
    'font-family-no-duplicate-names': true,
    'font-family-no-missing-generic-family-keyword': true,
    'function-calc-no-unspaced-operator': true,
    'function-linear-gradient-no-nonstandard-direction': true,
    'function-no-unknown': true,
    'keyframe-block-no-duplicate-selectors': true,
    'keyframe-declaration-no-important': true,
    'media-feature-name-no-unknown': true,
    'named-grid-areas-no-invalid': true,
    'no-descending-specificity': true,
    'no-duplicate-at-import-rules': true,
    'no-duplicate-selectors': true,
    'no-empty-source': true,
    'no-invalid-double-slash-comments': true,
    'no-invalid-position-at-import-rule': true,
    'no-irregular-whitespace': true,
    'property-no-unknown': true,
    'selector-pseudo-class-no-unknown': true,
    'selector-pseudo-element-no-unknown': true,
    'selector-type-no-unknown': [true, { ignore: ['custom-elements'] }],
    'string-no-newline': true,
    'unit-no-unknown': true,
};

async function stylesheetOf(file) {
    if (file.endsWith('.epub')) {
        const zip = await JSZip.loadAsync(fs.readFileSync(file));
        return zip.file('EPUB/style.css').async('string');
    }
    const match = /<style>([\s\S]*?)<\/style>/.exec(fs.readFileSync(file, 'utf8'));
    if (!match) {
        throw new Error(`${file}: no <style> element`);
    }
    return match[1];
}

async function main(files) {
    const stylelint = (await import('stylelint')).default;
    let warnings = 0;
    for (const file of files) {
        const result = await stylelint.lint({ code: await stylesheetOf(file), config: { rules: calibreRules } });
        for (const w of result.results[0].warnings) {
            warnings += 1;
            console.log(`${file}: stylesheet line ${w.line}: ${w.text}`);
        }
        console.log(`${file}: ${result.results[0].warnings.length} warning(s)`);
    }
    return warnings === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then((code) => process.exit(code), (e) => { console.error(e); process.exit(2); });
