export { asString, automaticEntryText } from './TimelineEntryRenderer';
export type {
  TimelineEntryRenderer,
  TimelineEntryTextProps,
  TimelineEntryWriter,
} from './TimelineEntryRenderer';
