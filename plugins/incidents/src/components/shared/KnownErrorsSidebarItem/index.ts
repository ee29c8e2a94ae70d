export { KnownErrorsSidebarItem } from './KnownErrorsSidebarItem';
