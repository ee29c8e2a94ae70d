export { SeverityChip } from './SeverityChip';
export type { SeverityChipProps } from './SeverityChip';
