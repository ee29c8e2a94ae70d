export {
  ActionItemSloResult,
  ActionItemSloSection,
  SLO_BUCKETS,
} from './ActionItemSloSection';
export type { ActionItemSloSectionProps } from './ActionItemSloSection';
export { ActionItemSloView } from './ActionItemSloView';
export type {
  ActionItemSloBreakdown,
  ActionItemSloViewProps,
} from './ActionItemSloView';
