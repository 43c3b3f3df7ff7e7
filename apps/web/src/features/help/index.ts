/** The help page: the documentation index and links into it. */
export { DocSection } from './components/doc-section';
export { HelpLink } from './components/help-link';
export { ADMIN_DOCS, ADMIN_PERMISSIONS, DEVELOPER_DOCS, DOCS_INDEX, USER_DOCS } from './lib/docs';
