export { SeverityField } from './SeverityField';
export type { SeverityFieldProps } from './SeverityField';
