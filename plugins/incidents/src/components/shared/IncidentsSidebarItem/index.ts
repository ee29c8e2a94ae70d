export { IncidentsSidebarItem } from './IncidentsSidebarItem';
