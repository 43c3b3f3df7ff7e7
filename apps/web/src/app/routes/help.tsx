import { PageHeader } from '../../components/ui/page-header';

export function HelpRoute() {
  return <PageHeader title="Help" />;
}
