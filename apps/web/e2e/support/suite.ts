/**
 * The set-up every browser suite shares: one app server and one Chromium for the suite, started
 * before its first test, and pages in fresh browser contexts (own cookies), all closed after its
 * last test. Read the fields inside hooks and tests, not while the suite is collected.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { demoEmail, type DemoUserKey, signIn } from './auth';
import { launchBrowser } from './browser';
import { startServer, type RunningServer, type StartServerOptions } from './server';

export interface BrowserSuite {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** A page in a new context on the app (`baseURL` is the server's). */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** A page in a new context, signed in through the UI as the demo user `key`. */
  signedIn(key: DemoUserKey, options?: BrowserContextOptions): Promise<Page>;
}

export function useBrowserSuite(options: StartServerOptions = {}): BrowserSuite {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer(options);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  const started = () => {
    if (!server || !browser) throw new Error('the server and the browser start in beforeAll');
    return { server, browser };
  };
  const newPage = async (contextOptions: BrowserContextOptions = {}) => {
    const { server, browser } = started();
    const context = await browser.newContext({ baseURL: server.baseUrl, ...contextOptions });
    contexts.push(context);
    return context.newPage();
  };

  return {
    get server() {
      return started().server;
    },
    get browser() {
      return started().browser;
    },
    newPage,
    async signedIn(key, contextOptions) {
      const page = await newPage(contextOptions);
      await page.goto('/login');
      await signIn(page, demoEmail(key));
      return page;
    },
  };
}
