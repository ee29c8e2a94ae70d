export { RolesPanel, roleHolder } from './RolesPanel';
export type { RolesPanelProps } from './RolesPanel';
