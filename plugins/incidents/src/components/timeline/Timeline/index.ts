export { Timeline } from './Timeline';
export type { TimelineProps } from './Timeline';
