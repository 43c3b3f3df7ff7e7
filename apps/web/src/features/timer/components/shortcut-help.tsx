const kbd = 'rounded border border-line-strong bg-surface px-1.5 py-0.5 font-mono text-xs text-fg shadow-sm';

/** Documents the timer's keyboard shortcut on the page. */
export function ShortcutHelp() {
  return (
    <aside aria-label="Keyboard shortcut" className="rounded-lg bg-surface-strong p-3 text-sm text-fg-secondary">
      <p>
        <span className="font-medium">Keyboard:</span> <kbd className={kbd}>Alt</kbd> + <kbd className={kbd}>S</kbd> starts or stops the
        timer from anywhere on this page; <kbd className={kbd}>S</kbd> alone does the same while you are not typing in a field.
      </p>
    </aside>
  );
}
