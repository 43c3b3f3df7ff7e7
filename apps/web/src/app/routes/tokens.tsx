import { PageHeader } from '@/components/ui/page-header';
import { CreateTokenDialog, TokensPanel } from '@/features/tokens';

/** /tokens (manage_own_api_tokens, checked by the router): your API tokens. */
export function TokensRoute() {
  return (
    <>
      <PageHeader
        title="API tokens"
        description={
          <>
            Personal tokens for the REST API. A token can do at most what you can do, limited to its scopes.{' '}
            <a className="text-accent-fg underline hover:text-accent-fg-strong" href="/api/docs">
              API reference
            </a>
          </>
        }
        actions={<CreateTokenDialog />}
      />
      <TokensPanel />
    </>
  );
}
