export { EntityLayoutInLanguage, entityTab } from './EntityLayoutInLanguage';
