import { PageHeader } from '../../components/ui/page-header';

export function TokensRoute() {
  return <PageHeader title="API tokens" />;
}
