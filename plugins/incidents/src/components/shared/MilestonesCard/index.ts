export { MilestonesCard } from './MilestonesCard';
export type { MilestonesCardProps } from './MilestonesCard';
