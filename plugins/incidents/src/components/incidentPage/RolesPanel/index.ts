export { RolesPanel } from './RolesPanel';
export type { RolesPanelProps } from './RolesPanel';
