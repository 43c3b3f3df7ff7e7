import { PageHeader } from '@/components/ui/page-header';
import { Spinner } from '@/components/ui/spinner';
import { DOC_SECTIONS, DocSection, HelpLink } from '@/features/help';
import { useAccess, useMyPermissions } from '@/lib/access';
import { PAGES } from '../pages';

/** The guides by who reads them; each section shown to those whose permissions it is for. */
export function HelpRoute() {
  const access = useAccess();
  const permissions = useMyPermissions();
  // The sections depend on the permissions: wait for them rather than let one pop in later.
  if (permissions.isPending) return <Spinner />;
  const [users, admins, integrations, sales] = DOC_SECTIONS;
  const shown = (section: (typeof DOC_SECTIONS)[number] | undefined) =>
    section !== undefined && (!section.permission || access.can(section.permission));
  return (
    <>
      <PageHeader title="Help" description="Where can I get help?" />
      <div className="max-w-3xl space-y-4">
        <p className="text-sm text-fg-secondary">The guides below open here, in Timekeeper. Pick the part that fits what you do.</p>
        {users && shown(users) ? (
          <DocSection title={users.title} audience={users.audience} docs={users.docs}>
            <p>
              Your <HelpLink to={PAGES.profile.path}>profile</HelpLink> lists your roles and everything they allow. If a page says “No
              access”, ask an administrator for the role you need.
            </p>
          </DocSection>
        ) : null}
        {admins && shown(admins) ? (
          <DocSection title={admins.title} audience={admins.audience} docs={admins.docs}>
            {access.can(PAGES.adminExplain.permission) ? (
              <p>
                To find out why someone can or cannot do something, use{' '}
                <HelpLink to={PAGES.adminExplain.path}>{PAGES.adminExplain.label}</HelpLink>.
              </p>
            ) : null}
          </DocSection>
        ) : null}
        {integrations && shown(integrations) ? (
          <DocSection title={integrations.title} audience={integrations.audience} docs={integrations.docs}>
            <p>
              Try every request in the <HelpLink href="/api/docs">interactive API reference</HelpLink> of this Timekeeper; tools that
              generate clients read the <HelpLink href="/api/openapi.json">OpenAPI description</HelpLink>.
            </p>
          </DocSection>
        ) : null}
        {sales && shown(sales) ? <DocSection title={sales.title} audience={sales.audience} docs={sales.docs} /> : null}
      </div>
    </>
  );
}
