export { DeclareIncidentButton } from './DeclareIncidentButton';
export type { DeclareIncidentButtonProps } from './DeclareIncidentButton';
