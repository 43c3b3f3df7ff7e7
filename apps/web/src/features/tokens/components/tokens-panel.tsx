import { useState } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import { SelectField } from '@/components/ui/select-field';
import { useApiTokens } from '../api/get-api-tokens';
import type { TokenStatus } from '../api/types';
import type { IssuedSecret } from '../lib/issued-secret';
import { SecretDialog } from './secret-dialog';
import { TokensTable } from './tokens-table';

const STATUS_OPTIONS = [
  { value: 'active', label: 'Active' },
  { value: 'expired', label: 'Expired' },
  { value: 'revoked', label: 'Revoked' },
];

/** The caller's tokens with a status filter; a rotated token's new secret shows here, once. */
export function TokensPanel() {
  const [status, setStatus] = useState<TokenStatus | ''>('');
  const [page, setPage] = useState(1);
  const [issued, setIssued] = useState<IssuedSecret | null>(null);
  const tokens = useApiTokens({ status: status || undefined, page });
  return (
    <div className="space-y-4">
      <SelectField
        className="max-w-xs"
        label="Status"
        placeholder="All tokens"
        options={STATUS_OPTIONS}
        value={status}
        onChange={(e) => {
          setStatus(e.target.value as TokenStatus | '');
          setPage(1);
        }}
      />
      <QueryState query={tokens} loadingLabel="Loading your tokens…">
        {(data) =>
          data.api_tokens.length === 0 ? (
            <EmptyState title={status ? `No ${status} tokens` : 'No API tokens yet'}>
              Tokens let scripts and integrations use the API on your behalf, limited to the scopes you pick.
            </EmptyState>
          ) : (
            <>
              <TokensTable tokens={data.api_tokens} onIssued={setIssued} />
              <Pagination pagination={data.pagination} onPage={setPage} />
            </>
          )
        }
      </QueryState>
      <SecretDialog issued={issued} title={issued ? `New secret for “${issued.tokenName}”` : 'New secret'} onDone={() => setIssued(null)} />
    </div>
  );
}
