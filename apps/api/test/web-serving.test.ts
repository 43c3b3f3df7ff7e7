/**
 * The API serves the built SPA: `/` and client routes get index.html (never cached without
 * revalidation), hashed assets are immutable, the build's precompressed copies are chosen by
 * Accept-Encoding, and `/api/*` or a missing file never falls back to the SPA.
 * (Web serving does not touch the database: PGlite only.)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.js';

const INDEX_HTML = '<!doctype html><title>Timekeeper</title><div id="root"></div>';
const APP_JS = `console.log(${JSON.stringify('x'.repeat(2000))})`;
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Writes `content` and, like the web build, its brotli and gzip copies beside it. */
function writeCompressed(path: string, content: string) {
  writeFileSync(path, content);
  writeFileSync(`${path}.br`, brotliCompressSync(content));
  writeFileSync(`${path}.gz`, gzipSync(content));
}

describe('serving the web app', () => {
  let t: TestApp;
  const webDir = mkdtempSync(join(tmpdir(), 'tk-web-'));
  beforeAll(async () => {
    mkdirSync(join(webDir, 'assets'));
    writeCompressed(join(webDir, 'index.html'), INDEX_HTML);
    writeCompressed(join(webDir, 'assets', 'app-abc123.js'), APP_JS);
    // Too small to be worth compressing: the build leaves it alone.
    writeFileSync(join(webDir, 'assets', 'tiny-def456.js'), 'export{}');
    writeFileSync(join(webDir, 'favicon.ico'), Buffer.from([0, 0, 1, 0, 0, 0]));
    writeFileSync(join(webDir, 'manifest.webmanifest'), '{"name":"Timekeeper"}');
    t = await createTestApp('pglite', { env: { TK_WEB_DIR: webDir } });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it.each(['/', '/login', '/projects/12/members', '/admin/roles?tab=x'])(
    'GET %s serves index.html, revalidated on each use',
    async (url) => {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.body).toContain('<div id="root">');
      expect(res.headers['cache-control']).toBe('no-cache');
    },
  );

  it.each(['/', '/time-entries'])('GET %s sends the brotli copy of index.html to a browser that takes it, still no-cache', async (url) => {
    const res = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(INDEX_HTML);
  });

  it('serves hashed assets as immutable for a year', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/assets/app-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.body).toBe(APP_JS);
  });

  it('sends the brotli copy when the browser accepts br, with its own length', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/assets/app-abc123.js',
      headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(Number(res.headers['content-length'])).toBe(res.rawPayload.length);
    expect(res.rawPayload.length).toBeLessThan(APP_JS.length / 10);
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(APP_JS);
  });

  it('sends the gzip copy when the browser accepts only gzip', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/assets/app-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(gunzipSync(res.rawPayload).toString()).toBe(APP_JS);
  });

  it('sends the file as it is when it has no compressed copy', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/assets/tiny-def456.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.body).toBe('export{}');
  });

  it('serves the favicon as an icon and the manifest as a web manifest, both revalidated', async () => {
    const icon = await t.app.inject({ method: 'GET', url: '/favicon.ico' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-type']).toMatch(/^image\//);
    expect(icon.headers['cache-control']).toBe('no-cache');
    const manifest = await t.app.inject({ method: 'GET', url: '/manifest.webmanifest' });
    expect(manifest.statusCode).toBe(200);
    expect(manifest.headers['content-type']).toMatch(/^application\/manifest\+json/);
    expect(manifest.json()).toEqual({ name: 'Timekeeper' });
  });

  it.each(['/assets/x.js', '/assets/app-old999.js', '/assets/', '/favicon.png', '/robots.txt'])(
    'GET %s (a file that is not there) is a 404, never the SPA',
    async (url) => {
      const res = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br, gzip' } });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).not.toMatch(/text\/html/);
      expect(res.json()).toMatchObject({ code: 'not_found' });
    },
  );

  it.each(['/api/v1/nope', '/api/nope', '/api'])('GET %s is a JSON 404, never the SPA', async (url) => {
    const res = await t.app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found' });
  });

  it('a POST to a client route is a JSON 404', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/login', payload: {} });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found' });
  });
});

describe('before the web app is built', () => {
  let t: TestApp;
  const webDir = mkdtempSync(join(tmpdir(), 'tk-web-empty-'));
  beforeAll(async () => {
    t = await createTestApp('pglite', { env: { TK_WEB_DIR: webDir } });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it.each(['/', '/time-entries'])('a browser asking for %s is told the app is starting, with a page that reloads itself', async (url) => {
    const res = await t.app.inject({ method: 'GET', url, headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain('Timekeeper is starting');
    expect(res.body).toContain('http-equiv="refresh"');
  });

  it('the API still answers, and a client that does not ask for HTML gets the JSON 404', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
    const res = await t.app.inject({ method: 'GET', url: '/', headers: { accept: 'application/json' } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found' });
  });
});
