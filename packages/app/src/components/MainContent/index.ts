export { SkipToContentLink, useFocusAfterNavigation } from './MainContent';
