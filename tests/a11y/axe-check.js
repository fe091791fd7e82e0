// axe-core in Chromium on each XHTML page given: prints every violation, exits 1 if any.
//   node axe-check.js page.xhtml...
'use strict';
const path = require('path');
const { launch } = require('./browser');

async function main(files) {
    const browser = await launch();
    let violations = 0;
    try {
        for (const file of files) {
            const page = await browser.newPage();
            await page.goto('file://' + path.resolve(file), { waitUntil: 'load' });
            await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
            const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
            for (const v of result.violations) {
                violations += 1;
                const where = v.nodes.map((n) => n.target.join(' ')).join('; ');
                console.log(`${file}: ${v.id} (${v.impact}): ${v.help} at ${where}`);
            }
            console.log(`${file}: ${result.violations.length} violation(s), ${result.passes.length} rule(s) passed`);
            await page.close();
        }
    } finally {
        await browser.close();
    }
    return violations === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then((code) => process.exit(code), (e) => { console.error(e); process.exit(2); });
