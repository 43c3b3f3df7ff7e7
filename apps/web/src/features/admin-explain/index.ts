/** The "why can / can't they" page. */
export { useExplain } from './api/explain';
export { ExplainForm } from './components/explain-form';
export { ExplainResult } from './components/explain-result';
export { paramsFrom, questionFrom, searchFrom } from './lib/explain-params';
