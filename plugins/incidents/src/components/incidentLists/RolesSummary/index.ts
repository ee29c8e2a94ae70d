export { RolesSummary } from './RolesSummary';
export type { RolesSummaryProps } from './RolesSummary';
