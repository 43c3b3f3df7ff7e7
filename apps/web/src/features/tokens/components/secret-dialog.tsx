import { Dialog } from '@/components/ui/dialog';
import type { IssuedSecret } from '../lib/issued-secret';
import { SecretPanel } from './secret-panel';

/**
 * Shows a freshly issued secret. Escape and clicks outside do not close it: only "I have stored
 * it" does, so nobody loses the secret by accident.
 */
export function SecretDialog({ issued, title, onDone }: { issued: IssuedSecret | null; title: string; onDone: () => void }) {
  return (
    <Dialog open={issued !== null} onOpenChange={() => undefined} title={title}>
      {issued ? <SecretPanel issued={issued} onDone={onDone} /> : null}
    </Dialog>
  );
}
