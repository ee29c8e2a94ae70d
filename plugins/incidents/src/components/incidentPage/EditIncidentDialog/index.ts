export { EditIncidentButton } from './EditIncidentButton';
export type { EditIncidentButtonProps } from './EditIncidentButton';
