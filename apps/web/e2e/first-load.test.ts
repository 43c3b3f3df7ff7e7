/**
 * First load and identity (docs/reports/first-load.md): opening /login in a fresh browser sends at
 * most 300 KB of compressed JavaScript, every script brotli- or gzip-encoded and cached for good,
 * and no chart library; the favicon is an icon and the web manifest names the app and its icons;
 * every page has its own title, on a full load and after a click in the navigation.
 */
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoEmail, signIn } from './support/auth';
import { shouldSkipBrowserTests } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { useBrowserSuite } from './support/suite';

const skip = shouldSkipBrowserTests();

const BUDGET_BYTES = 300 * 1024;
/** A class name recharts gives every chart it draws: present in its code, nowhere else. */
const CHART_LIBRARY_MARK = 'recharts-wrapper';

interface ScriptLoad {
  file: string;
  encoding: string | undefined;
  cacheControl: string | undefined;
  /** The body's size as transferred (compressed), from the browser's own count. */
  transferred: number;
  contentLength: number;
  /** The size once decoded, as the browser parses it. */
  decoded: number;
  source: string;
}

/** Records every JavaScript file the page receives; `loads()` waits for their bodies. */
function recordScripts(page: Page) {
  const pending: Promise<ScriptLoad | null>[] = [];
  const read = async (request: Request): Promise<ScriptLoad | null> => {
    const response = await request.response();
    if (!response || !/javascript/.test(response.headers()['content-type'] ?? '')) return null;
    const headers = response.headers();
    const [sizes, body] = await Promise.all([request.sizes(), response.body()]);
    return {
      file: new URL(request.url()).pathname,
      encoding: headers['content-encoding'],
      cacheControl: headers['cache-control'],
      transferred: sizes.responseBodySize,
      contentLength: Number(headers['content-length']),
      decoded: body.length,
      source: body.toString('utf8'),
    };
  };
  page.on('requestfinished', (request) => {
    const load = read(request);
    load.catch(() => undefined); // reported by loads(), not as an unhandled rejection
    pending.push(load);
  });
  return {
    async loads(): Promise<ScriptLoad[]> {
      return (await Promise.all(pending)).filter((load): load is ScriptLoad => load !== null);
    },
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe.skipIf(skip)('first load and identity', () => {
  const suite = useBrowserSuite({ demo: true });

  it.each([
    ['br, gzip', 'br'],
    ['gzip', 'gzip'],
  ])(
    '/login asked with Accept-Encoding: %s sends at most 300 KB of JavaScript, every file %s and immutable, and no chart library',
    async (acceptEncoding, encoding) => {
      const page = await suite.newPage({ extraHTTPHeaders: { 'Accept-Encoding': acceptEncoding } });
      const scripts = recordScripts(page);
      await page.goto('/login');
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      await page.waitForLoadState('networkidle');
      const loads = await scripts.loads();

      const total = loads.reduce((sum, load) => sum + load.transferred, 0);
      console.info(
        [
          `/login (Accept-Encoding: ${acceptEncoding}): ${loads.length} JavaScript files, ${kb(total)} transferred (${kb(loads.reduce((s, l) => s + l.decoded, 0))} decoded)`,
          ...loads
            .toSorted((a, b) => b.transferred - a.transferred)
            .map((l) => `  ${l.file}  ${l.encoding}  ${kb(l.transferred)}  (${kb(l.decoded)})`),
        ].join('\n'),
      );
      expect(loads.length).toBeGreaterThan(0);
      expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
      for (const load of loads) {
        expect({ file: load.file, encoding: load.encoding }).toEqual({ file: load.file, encoding });
        expect(load.file).toMatch(/^\/assets\//);
        expect(load.cacheControl).toBe('public, max-age=31536000, immutable');
        // The browser's count is the compressed body the server announced, well under the decoded size.
        expect(load.transferred).toBe(load.contentLength);
        expect(load.transferred).toBeLessThan(load.decoded);
        expect(load.source.includes(CHART_LIBRARY_MARK), `${load.file} carries the chart library`).toBe(false);
      }
      await page.setViewportSize({ width: 375, height: 812 });
      await saveScreenshot(page, `first-load-login-${encoding}-375`);
    },
  );

  it('loads the chart library with the dashboard, the page that draws a chart', async () => {
    const page = await suite.newPage();
    const scripts = recordScripts(page);
    // One document load (signIn opens /login), then the app moves on by itself.
    await signIn(page, demoEmail('user'));
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');

    const loads = await scripts.loads();
    expect(loads.filter((load) => load.source.includes(CHART_LIBRARY_MARK)).length).toBeGreaterThan(0);
  });

  it('serves the favicon as an icon, the SVG favicon, the app icons and the web manifest, linked from the page', async () => {
    const page = await suite.newPage();
    await page.goto('/login');

    const favicon = await page.request.get('/favicon.ico');
    expect(favicon.status()).toBe(200);
    expect(favicon.headers()['content-type']).toMatch(/^image\//);
    expect((await favicon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    const svg = await page.request.get('/favicon.svg');
    expect(svg.headers()['content-type']).toMatch(/^image\/svg\+xml/);

    const links = await page
      .locator('head link[rel~="icon"], head link[rel="apple-touch-icon"], head link[rel="manifest"]')
      .evaluateAll((nodes) => nodes.map((node) => `${node.getAttribute('rel')} ${node.getAttribute('href')}`));
    expect(links).toEqual([
      'icon /favicon.ico',
      'icon /favicon.svg',
      'apple-touch-icon /apple-touch-icon.png',
      'manifest /manifest.webmanifest',
    ]);
    const touch = await page.request.get('/apple-touch-icon.png');
    expect(touch.headers()['content-type']).toBe('image/png');

    const manifestResponse = await page.request.get('/manifest.webmanifest');
    expect(manifestResponse.status()).toBe(200);
    expect(manifestResponse.headers()['content-type']).toMatch(/^application\/manifest\+json/);
    const manifest = (await manifestResponse.json()) as { icons: { src: string; sizes: string; type: string }[] } & Record<string, unknown>;
    expect(manifest).toMatchObject({ name: 'Timekeeper', short_name: 'Timekeeper', display: 'standalone', start_url: '/' });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) {
      const file = await page.request.get(icon.src);
      expect({ src: icon.src, status: file.status(), type: file.headers()['content-type'] }).toEqual({
        src: icon.src,
        status: 200,
        type: icon.type,
      });
    }
  });

  it('gives every page its own title: sign-in, time entries, timesheet, a page that does not exist', async () => {
    const page = await suite.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    const titled = async (title: string) => expect.poll(() => page.title()).toBe(title);

    await page.goto('/login');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await titled('Sign in — Timekeeper');
    await signIn(page, demoEmail('user'));
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await titled('Dashboard — Timekeeper');

    await page.goto('/time-entries');
    await page.getByRole('heading', { name: 'Time entries', level: 1 }).waitFor();
    await titled('Time entries — Timekeeper');

    // A move inside the app (no page load) renames the document too.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timesheet' }).click();
    await page.getByRole('heading', { name: 'Timesheet', level: 1 }).waitFor();
    await titled('Timesheet — Timekeeper');

    await page.goto('/no-such-page');
    await page.getByRole('heading', { name: 'Page not found', level: 1 }).waitFor();
    await titled('Page not found — Timekeeper');
    await saveScreenshot(page, 'first-load-not-found-1440');
  });
});
