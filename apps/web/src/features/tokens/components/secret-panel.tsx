import { useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import type { IssuedSecret } from '../lib/issued-secret';

interface SecretPanelProps {
  issued: IssuedSecret;
  onDone: () => void;
}

/**
 * The secret, once. It lives only in the state of the component that received it; "I have stored
 * it" drops it for good (the server keeps only a hash, so nobody can show it again).
 */
export function SecretPanel({ issued, onDone }: SecretPanelProps) {
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'selected'>('idle');

  const selectText = () => {
    inputRef.current?.focus();
    inputRef.current?.select();
  };
  const copySecret = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(issued.secret);
      setCopy('copied');
    } catch {
      // No clipboard access (insecure origin, denied permission): select it for Ctrl+C instead.
      selectText();
      setCopy('selected');
    }
  };

  return (
    <div className="space-y-4">
      <div role="alert" className="rounded-md border border-warning-line bg-warning-soft p-3 text-sm text-warning-fg-strong">
        <p className="font-semibold">Copy your token now. It will not be shown again.</p>
        <p className="mt-1">Timekeeper keeps only a hash of “{issued.tokenName}”. If you lose it, rotate the token or create a new one.</p>
      </div>
      <div>
        <label htmlFor={inputId} className="block text-sm font-medium text-fg-secondary">
          API token
        </label>
        <div className="mt-1 flex flex-col gap-2 sm:flex-row">
          <input
            id={inputId}
            ref={inputRef}
            readOnly
            value={issued.secret}
            onFocus={(e) => e.currentTarget.select()}
            spellCheck={false}
            autoComplete="off"
            className="block w-full min-w-0 rounded-md border-0 bg-surface-muted px-3 py-2 font-mono text-sm text-fg ring-1 ring-inset ring-line-strong focus:ring-2 focus:ring-focus"
          />
          <Button variant="secondary" onClick={() => void copySecret()}>
            Copy
          </Button>
        </div>
        <p role="status" className="mt-1 min-h-5 text-xs text-fg-muted">
          {copy === 'copied'
            ? 'Copied to the clipboard.'
            : copy === 'selected'
              ? 'Copying is blocked here: the token is selected, press Ctrl+C (⌘C on a Mac).'
              : ''}
        </p>
      </div>
      <div className="flex justify-end">
        <Button onClick={onDone}>I have stored it</Button>
      </div>
    </div>
  );
}
