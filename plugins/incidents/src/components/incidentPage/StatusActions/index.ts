export { StatusActions } from './StatusActions';
export type { StatusActionsProps } from './StatusActions';
