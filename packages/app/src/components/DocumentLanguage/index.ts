export { DocumentLanguage } from './DocumentLanguage';
