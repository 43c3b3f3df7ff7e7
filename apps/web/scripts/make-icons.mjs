#!/usr/bin/env node
// Draws Timekeeper's mark (a clock in the brand indigo) and writes the icons in apps/web/public:
// favicon.svg, favicon.ico (16/32/48), app icons for the web manifest and the Apple touch icon.
// The PNGs are rendered by the system Chromium (the one the browser tests use); the files are
// committed, so run this only after changing the mark: `node apps/web/scripts/make-icons.mjs`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const PUBLIC_DIR = fileURLToPath(new URL('../public', import.meta.url));
const BRAND = '#4f46e5'; // Tailwind indigo-600, the app's accent colour.

/**
 * The mark on a 512 grid. `square` fills the whole canvas (maskable and Apple icons: the platform
 * cuts its own shape, and the clock stays inside the 80 % safe zone); otherwise the corners are rounded.
 */
function mark({ square = false } = {}) {
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">',
    `<rect width="512" height="512" rx="${square ? 0 : 112}" fill="${BRAND}"/>`,
    '<circle cx="256" cy="256" r="164" fill="none" stroke="#fff" stroke-width="44"/>',
    '<path d="M256 150v106l70 52" fill="none" stroke="#fff" stroke-width="44" stroke-linecap="round" stroke-linejoin="round"/>',
    '</svg>',
  ].join('');
}

/** An .ico holding PNG images (read by every current browser). */
function ico(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.data)]);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  const render = async (svg, size) => {
    await page.setViewportSize({ width: size, height: size });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(`<style>*{margin:0}</style><img src="${src}" width="${size}" height="${size}">`);
    await page.locator('img').evaluate((img) => img.decode());
    return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  };

  writeFileSync(join(PUBLIC_DIR, 'favicon.svg'), `${mark()}\n`);
  const icoImages = [];
  for (const size of [16, 32, 48]) icoImages.push({ size, data: await render(mark(), size) });
  writeFileSync(join(PUBLIC_DIR, 'favicon.ico'), ico(icoImages));
  writeFileSync(join(PUBLIC_DIR, 'icon-192.png'), await render(mark(), 192));
  writeFileSync(join(PUBLIC_DIR, 'icon-512.png'), await render(mark(), 512));
  writeFileSync(join(PUBLIC_DIR, 'icon-maskable-512.png'), await render(mark({ square: true }), 512));
  writeFileSync(join(PUBLIC_DIR, 'apple-touch-icon.png'), await render(mark({ square: true }), 180));
} finally {
  await browser.close();
}
