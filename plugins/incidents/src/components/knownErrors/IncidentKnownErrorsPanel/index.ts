export { IncidentKnownErrorsPanel } from './IncidentKnownErrorsPanel';
export type { IncidentKnownErrorsPanelProps } from './IncidentKnownErrorsPanel';
