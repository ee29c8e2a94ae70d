export { PostmortemTimeline } from './PostmortemTimeline';
export type { PostmortemTimelineProps } from './PostmortemTimeline';
