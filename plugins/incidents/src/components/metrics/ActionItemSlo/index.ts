export {
  ActionItemSloResult,
  ActionItemSloSection,
  SLO_BUCKETS,
} from './ActionItemSloSection';
export type { ActionItemSloSectionProps } from './ActionItemSloSection';
export type {
  ActionItemSloBreakdown,
  ActionItemSloViewProps,
} from './ActionItemSloView';
