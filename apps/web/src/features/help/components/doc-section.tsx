import type { ReactNode } from 'react';
import { Panel } from '@/components/ui/panel';
import type { DocLink } from '../lib/docs';

/** One audience's documentation: each page by its path in the repository. */
export function DocSection({
  title,
  audience,
  docs,
  children,
}: {
  title: string;
  audience: string;
  docs: DocLink[];
  children?: ReactNode;
}) {
  return (
    <Panel title={title} description={audience} titleSize="lg">
      <ul className="mt-4 space-y-3">
        {docs.map((doc) => (
          <li key={doc.path}>
            <p className="text-sm font-medium text-fg">
              {doc.title} <code className="ml-1 rounded bg-surface-strong px-1.5 py-0.5 text-xs text-fg">{doc.path}</code>
            </p>
            <p className="text-sm text-fg-muted">{doc.description}</p>
          </li>
        ))}
      </ul>
      {children ? <div className="mt-4 border-t border-line-subtle pt-4 text-sm text-fg-secondary">{children}</div> : null}
    </Panel>
  );
}
