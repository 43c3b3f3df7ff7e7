import { PageHeader } from '@/components/ui/page-header';
import { Spinner } from '@/components/ui/spinner';
import { ADMIN_DOCS, ADMIN_PERMISSIONS, DEVELOPER_DOCS, DOCS_INDEX, DocSection, HelpLink, USER_DOCS } from '@/features/help';
import { useAccess, useMyPermissions } from '@/lib/access';
import { PAGES } from '../pages';

export function HelpRoute() {
  const access = useAccess();
  const permissions = useMyPermissions();
  const isAdministrator = access.can({ anyOf: ADMIN_PERMISSIONS });
  // The sections depend on the permissions: wait for them rather than let one pop in later.
  if (permissions.isPending) return <Spinner />;
  return (
    <>
      <PageHeader title="Help" description="Where can I get help?" />
      <div className="max-w-3xl space-y-4">
        <p className="text-sm text-fg-secondary">
          The documentation ships with Timekeeper in the <code className="rounded bg-surface-strong px-1 text-xs">docs/</code> folder of the
          repository and of every release; it is organised by role. Start from{' '}
          <code className="rounded bg-surface-strong px-1 text-xs">{DOCS_INDEX}</code>, or pick your role below.
        </p>
        <DocSection title="For users" audience="People who track time, manage projects or approve work." docs={USER_DOCS}>
          <p>
            Your <HelpLink to={PAGES.profile.path}>profile</HelpLink> lists your roles and everything they allow. If a page says “No
            access”, ask an administrator for the role you need.
          </p>
        </DocSection>
        {isAdministrator ? (
          <DocSection
            title="For administrators"
            audience="People who install, configure and run this Timekeeper instance."
            docs={ADMIN_DOCS}
          >
            {access.can(PAGES.adminExplain.permission) ? (
              <p>
                To find out why someone can or cannot do something, use{' '}
                <HelpLink to={PAGES.adminExplain.path}>{PAGES.adminExplain.label}</HelpLink>.
              </p>
            ) : null}
          </DocSection>
        ) : null}
        <DocSection title="For developers" audience="People who change Timekeeper or connect other tools to it." docs={DEVELOPER_DOCS}>
          <p>
            This instance serves its interactive API reference at <HelpLink href="/api/docs">/api/docs</HelpLink> and the OpenAPI document
            at <HelpLink href="/api/openapi.json">/api/openapi.json</HelpLink>.
          </p>
        </DocSection>
      </div>
    </>
  );
}
