import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The component tests talk to a real API server on PGlite: on a busy two-core machine an answer
// can take longer than Testing Library's default 1 s wait for `findBy…` / `waitFor`.
configure({ asyncUtilTimeout: 5_000 });

// Vitest globals are off, so Testing Library cannot register its own cleanup hook.
afterEach(() => {
  cleanup();
});

// jsdom lacks what Radix popovers (ResizeObserver) and cmdk lists (scrollIntoView) call.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
Element.prototype.scrollIntoView ??= function scrollIntoView() {};
