// Applies the colour theme before the first paint, so a dark page never flashes light
// (docs/development/README.md#themes). The same key and rule as src/lib/theme.ts, which takes over
// once the app has loaded. A classic script in <head>, added by vite.config.ts (themeInit), not
// imported by the app.
(function () {
  var choice = 'system';
  try {
    choice = globalThis.localStorage.getItem('timekeeper.theme') || 'system';
  } catch (e) {
    // Storage blocked: follow the system.
  }
  var systemDark = !!(globalThis.matchMedia && globalThis.matchMedia('(prefers-color-scheme: dark)').matches);
  if (choice === 'dark' || (choice !== 'light' && systemDark)) globalThis.document.documentElement.classList.add('dark');
})();
