import type { ReactNode } from 'react';
import { PageHeader } from '@/components/ui/page-header';
import { Spinner } from '@/components/ui/spinner';
import { DOC_SECTIONS, DocSection, HelpLink, type DocSectionDef } from '@/features/help';
import { useAccess, useMyPermissions, type Access } from '@/lib/access';
import { PAGES } from '../pages';

/** The paragraph under a section's guides, where it has one: links into this app, some only for those who may open them. */
const SECTION_NOTES: Partial<Record<DocSectionDef['id'], (access: Access) => ReactNode>> = {
  users: () => (
    <p>
      Your <HelpLink to={PAGES.profile.path}>profile</HelpLink> lists your roles and everything they allow. If a page says “No access”, ask
      an administrator for the role you need.
    </p>
  ),
  admins: (access) =>
    access.can(PAGES.adminExplain.permission) ? (
      <p>
        To find out why someone can or cannot do something, use <HelpLink to={PAGES.adminExplain.path}>{PAGES.adminExplain.label}</HelpLink>
        .
      </p>
    ) : null,
  integrations: () => (
    <p>
      Try every request in the <HelpLink href="/api/docs">interactive API reference</HelpLink> of this Timekeeper; tools that generate
      clients read the <HelpLink href="/api/openapi.json">OpenAPI description</HelpLink>.
    </p>
  ),
};

/** The guides by who reads them; each section shown to those whose permissions it is for. */
export function HelpRoute() {
  const access = useAccess();
  const permissions = useMyPermissions();
  // The sections depend on the permissions: wait for them rather than let one pop in later.
  if (permissions.isPending) return <Spinner />;
  return (
    <>
      <PageHeader title="Help" description="Where can I get help?" />
      <div className="max-w-3xl space-y-4">
        <p className="text-sm text-fg-secondary">The guides below open here, in Timekeeper. Pick the part that fits what you do.</p>
        {DOC_SECTIONS.filter((section) => !section.permission || access.can(section.permission)).map((section) => (
          <DocSection key={section.id} title={section.title} audience={section.audience} docs={section.docs}>
            {SECTION_NOTES[section.id]?.(access)}
          </DocSection>
        ))}
      </div>
    </>
  );
}
