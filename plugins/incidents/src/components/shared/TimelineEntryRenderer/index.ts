export { asString, automaticEntryText } from './TimelineEntryRenderer';
export type {
  TimelineEntryRenderer,
  TimelineEntryTextProps,
} from './TimelineEntryRenderer';
