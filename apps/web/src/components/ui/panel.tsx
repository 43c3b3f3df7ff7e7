import { useId, type ReactNode } from 'react';

interface PanelProps {
  title: string;
  description?: ReactNode;
  /** `lg` for a page's main sections, `base` for cards in a grid. */
  titleSize?: 'base' | 'lg';
  children: ReactNode;
}

/** A white, titled section of a page, named by its heading for assistive technology. */
export function Panel({ title, description, titleSize = 'base', children }: PanelProps) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="rounded-lg bg-surface p-4 shadow-sm ring-1 ring-line sm:p-6">
      <h2 id={id} className={`${titleSize === 'lg' ? 'text-lg' : 'text-base'} font-semibold text-fg`}>
        {title}
      </h2>
      {description ? <p className="mt-1 text-sm text-fg-muted">{description}</p> : null}
      {children}
    </section>
  );
}
