import type { ReactNode } from 'react';
import { Panel } from '@/components/ui/panel';
import type { DocLink } from '../lib/docs';
import { HelpLink } from './help-link';

/** One audience's documentation: each page by its title, opened in the app. */
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
            <p className="text-sm">
              <HelpLink to={doc.path}>{doc.title}</HelpLink>
            </p>
            <p className="text-sm text-fg-muted">{doc.description}</p>
          </li>
        ))}
      </ul>
      {children ? <div className="mt-4 border-t border-line pt-4 text-sm text-fg-secondary">{children}</div> : null}
    </Panel>
  );
}
