/** An incident's timeline and the form that adds to it. */
export * from './Timeline';
export * from './TimelineEntryForm';
export { timelineEntryRenderer } from './renderers';
