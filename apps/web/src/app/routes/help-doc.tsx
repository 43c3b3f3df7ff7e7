import { useLocation } from 'react-router';
import { DocPage } from '@/features/help';

/** A page of the documentation (/help/docs/guides/tracking-time …). */
export function HelpDocRoute() {
  const { pathname } = useLocation();
  return <DocPage path={pathname} />;
}
