export { MilestonesCard, incidentIntervals } from './MilestonesCard';
export type { MilestonesCardProps, IncidentInterval } from './MilestonesCard';
