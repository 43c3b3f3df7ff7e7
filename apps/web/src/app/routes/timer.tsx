import { PageHeader } from '../../components/ui/page-header';

export function TimerRoute() {
  return <PageHeader title="Timer" />;
}
