/**
 * The system Chromium driven by playwright-core. Browsers are never downloaded: the tests use the Chromium already installed.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Flags this machine needs (STACK-NOTES.md): no sandbox as root, no GPU, no background traffic.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Decides whether the browser suites must be skipped. A missing Chromium fails loudly in CI
 * (CI=true) and is a very visible skip on a developer machine.
 */
export function shouldSkipBrowserTests(): boolean {
  if (existsSync(chromiumPath)) return false;
  if (process.env.CI === 'true') {
    throw new Error(
      `Chromium not found at ${chromiumPath} and CI=true: browser tests must run in CI. Install it with \`apt-get install chromium\` or set CHROMIUM_PATH.`,
    );
  }
  const bar = '!'.repeat(78);
  console.warn(
    [
      bar,
      `!!! SKIPPING browser tests: ${chromiumPath} not found; install with apt-get install chromium`,
      '!!! (or point CHROMIUM_PATH at a Chromium binary). In CI this is a failure.',
      bar,
    ].join('\n'),
  );
  return true;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
}
