import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ConfirmDialog } from './confirm-dialog';
import { Dialog } from './dialog';
import { Sheet } from './sheet';

/** A page with a button that opens a dialog by state, the way the app's lists do (no Radix Trigger). */
function Opener({ kind }: { kind: 'dialog' | 'confirm' | 'sheet' }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button">Something else</button>
      <button type="button" onClick={() => setOpen(true)}>
        Open it
      </button>
      {kind === 'dialog' ? (
        <Dialog open={open} onOpenChange={setOpen} title="A dialog">
          <input aria-label="Name" />
        </Dialog>
      ) : kind === 'sheet' ? (
        <Sheet open={open} onOpenChange={setOpen} title="A sheet">
          <input aria-label="Name" />
        </Sheet>
      ) : (
        <ConfirmDialog open={open} onOpenChange={setOpen} title="Delete it?" confirmLabel="Delete" onConfirm={() => setOpen(false)}>
          It goes for good.
        </ConfirmDialog>
      )}
    </>
  );
}

async function openWithKeyboard(user: ReturnType<typeof userEvent.setup>) {
  const opener = screen.getByRole('button', { name: 'Open it' });
  opener.focus();
  await user.keyboard('{Enter}');
  const dialog = await screen.findByRole('dialog');
  await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
  return opener;
}

describe('dialogs give focus back to the element that opened them', () => {
  it.each(['dialog', 'sheet', 'confirm'] as const)('%s closed with Escape', async (kind) => {
    const user = userEvent.setup();
    render(<Opener kind={kind} />);
    const opener = await openWithKeyboard(user);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(opener);
  });

  it('confirm dialog closed with Cancel or by its action', async () => {
    const user = userEvent.setup();
    render(<Opener kind="confirm" />);
    for (const button of ['Cancel', 'Delete']) {
      const opener = await openWithKeyboard(user);
      await user.click(screen.getByRole('button', { name: button }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(document.activeElement, button).toBe(opener);
    }
  });

  it('sheet closed with its Close button', async () => {
    const user = userEvent.setup();
    render(<Opener kind="sheet" />);
    const opener = await openWithKeyboard(user);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(opener);
  });
});
