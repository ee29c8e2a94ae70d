export { ActionItemsCard } from './ActionItemsCard';
export type { ActionItemsCardProps } from './ActionItemsCard';
export { ActionItemStatusChip } from './ActionItemStatusChip';
export { ActionItemStatusControl } from './ActionItemStatusControl';
export type { ActionItemStatusControlProps } from './ActionItemStatusControl';
export { KnownErrorFixOffer } from './KnownErrorFixOffer';
export type { KnownErrorFixOfferProps } from './KnownErrorFixOffer';
