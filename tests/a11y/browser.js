// Debian's Chromium, headless, through puppeteer-core (no browser download).
'use strict';
const puppeteer = require('puppeteer-core');

async function launch() {
    return puppeteer.launch({
        executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--allow-file-access-from-files'],
    });
}

module.exports = { launch };
