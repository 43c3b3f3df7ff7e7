import type { ReactNode } from 'react';
import { Panel } from '@/components/ui/panel';

/** A titled panel of the profile page. */
export function ProfileCard({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <Panel title={title} description={description}>
      <div className="mt-4">{children}</div>
    </Panel>
  );
}
