export { IncidentMetricsSidebarItem } from './IncidentMetricsSidebarItem';
