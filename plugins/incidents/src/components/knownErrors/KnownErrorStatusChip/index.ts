export { KnownErrorStatusChip } from './KnownErrorStatusChip';
export type { KnownErrorStatusChipProps } from './KnownErrorStatusChip';
