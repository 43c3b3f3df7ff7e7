/** The first-run page's form. */
export { SetupForm } from './components/setup-form';
