import { useQuery } from '@tanstack/react-query';
import { Children, isValidElement, useEffect, type ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import { useLocation } from 'react-router';
import remarkGfm from 'remark-gfm';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryState } from '@/components/ui/query-state';
import { findDoc, headingId, resolveDocLink } from '../lib/docs';
import { HelpLink } from './help-link';
import { usePageDetail } from '@/lib/document-title';

/** The plain text of a heading's children, for its anchor. */
function textOf(children: ReactNode): string {
  return Children.toArray(children)
    .map((child) =>
      typeof child === 'string' || typeof child === 'number'
        ? String(child)
        : isValidElement<{ children?: ReactNode }>(child)
          ? textOf(child.props.children)
          : '',
    )
    .join('');
}

/** How each Markdown element looks, and where its links lead in the app (`file` is the page's file under docs/). */
function components(file: string): Components {
  const heading =
    (Tag: 'h1' | 'h2' | 'h3' | 'h4', className: string) =>
    ({ children }: { children?: ReactNode }) => (
      <Tag id={headingId(textOf(children))} className={`scroll-mt-4 font-semibold text-fg ${className}`}>
        {children}
      </Tag>
    );
  return {
    h1: heading('h1', 'text-2xl'),
    h2: heading('h2', 'mt-8 text-xl'),
    h3: heading('h3', 'mt-6 text-lg'),
    h4: heading('h4', 'mt-4 text-base'),
    p: ({ children }) => <p className="mt-3 leading-relaxed">{children}</p>,
    ul: ({ children }) => <ul className="mt-3 list-disc space-y-1 pl-6">{children}</ul>,
    ol: ({ children }) => <ol className="mt-3 list-decimal space-y-1 pl-6">{children}</ol>,
    blockquote: ({ children }) => <blockquote className="mt-3 border-l-4 border-line pl-4 text-fg-muted">{children}</blockquote>,
    pre: ({ children }) => <pre className="mt-3 overflow-x-auto rounded-md bg-surface-muted p-3 text-xs">{children}</pre>,
    code: ({ children }) => <code className="rounded bg-surface-muted px-1 py-0.5 text-[0.85em]">{children}</code>,
    table: ({ children }) => (
      <div className="mt-3 overflow-x-auto">
        <table className="min-w-full text-left text-sm">{children}</table>
      </div>
    ),
    th: ({ children }) => <th className="border-b border-line px-2 py-1 font-semibold">{children}</th>,
    td: ({ children }) => <td className="border-b border-line px-2 py-1 align-top">{children}</td>,
    a: ({ href, children }) => {
      const to = href ? resolveDocLink(file, href) : null;
      if (to === null) return <>{children}</>;
      // Another page of the app in the app; the API's pages and the web by their address.
      return /^(https?:|mailto:)/.test(to) || to.startsWith('/api/') ? (
        <HelpLink href={to}>{children}</HelpLink>
      ) : (
        <HelpLink to={to}>{children}</HelpLink>
      );
    },
  };
}

/** Brings the #section of the address into view once the page is there. */
function useScrollToHash(ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready) return;
    if (hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [ready, hash]);
}

/** One page of the documentation, rendered from its Markdown (no raw HTML). */
export function DocPage({ path }: { path: string }) {
  const doc = findDoc(path);
  const query = useQuery({ queryKey: ['help-doc', path], queryFn: () => doc!.load(), enabled: doc !== undefined, staleTime: Infinity });
  useScrollToHash(query.isSuccess);
  usePageDetail(query.data?.match(/^# (.+)$/m)?.[1]);
  if (!doc) {
    return (
      <EmptyState title="No such help page">
        See the <HelpLink to="/help">Help page</HelpLink> for the guides.
      </EmptyState>
    );
  }
  return (
    <QueryState query={query} loadingLabel="Loading the page…">
      {(markdown) => (
        <div className="max-w-3xl">
          <p className="mb-4 text-sm">
            <HelpLink to="/help">← Help</HelpLink>
          </p>
          <article className="text-sm text-fg-secondary">
            {/* skipHtml: the few inline tags (<kbd>) are dropped, their text kept; no raw HTML reaches the page. */}
            <Markdown remarkPlugins={[remarkGfm]} skipHtml components={components(doc.file)}>
              {markdown}
            </Markdown>
          </article>
        </div>
      )}
    </QueryState>
  );
}
