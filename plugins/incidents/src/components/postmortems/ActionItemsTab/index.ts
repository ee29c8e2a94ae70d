export { ActionItemsTab } from './ActionItemsTab';
export type { ActionItemsTabProps } from './ActionItemsTab';
