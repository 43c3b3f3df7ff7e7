/** The help page and the documentation rendered in the app. */
export { DocPage } from './components/doc-page';
export { DocSection } from './components/doc-section';
export { HelpLink } from './components/help-link';
export { ADMIN_PERMISSIONS, DOC_SECTIONS, type DocSectionDef } from './lib/docs';
