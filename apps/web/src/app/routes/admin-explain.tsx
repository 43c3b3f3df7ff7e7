import { useSearchParams } from 'react-router';
import { ErrorMessage } from '@/components/ui/error-message';
import { PageHeader } from '@/components/ui/page-header';
import { Spinner } from '@/components/ui/spinner';
import { ExplainForm, ExplainResult, paramsFrom, questionFrom, searchFrom, useExplain } from '@/features/admin-explain';

/** "Why can / can't": the question lives in the URL, so an answer can be linked to. */
export function AdminExplainRoute() {
  const [search, setSearch] = useSearchParams();
  const question = questionFrom(search);
  const params = paramsFrom(question);
  const answer = useExplain(params);

  return (
    <>
      <PageHeader
        title="Why can / can’t"
        description="Pick a user and a permission or a project action: see whether they may, and which role, assignment, level or flag decides."
      />
      <div className="space-y-6">
        <ExplainForm key={search.toString()} initial={question} onAsk={(p) => setSearch(searchFrom(p))} />
        {params === null ? null : answer.isPending ? (
          <Spinner label="Asking the server…" />
        ) : answer.isError ? (
          <ErrorMessage error={answer.error} title="Could not explain this" />
        ) : (
          <ExplainResult result={answer.data} />
        )}
      </div>
    </>
  );
}
