// Applies the colour theme before the first paint, so a dark page never flashes light
// (docs/development/README.md#themes). The same key and rule as src/lib/theme.ts, which takes over
// once the app has loaded. A file rather than an inline script: the Content-Security-Policy allows
// scripts from this origin only.
(function () {
  var choice = 'system';
  try {
    choice = window.localStorage.getItem('timekeeper.theme') || 'system';
  } catch (e) {
    // Storage blocked: follow the system.
  }
  var systemDark = !!(window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches);
  if (choice === 'dark' || (choice !== 'light' && systemDark)) document.documentElement.classList.add('dark');
})();
