export { EntityRefsField, entityLabel } from './EntityRefsField';
export type { EntityRefsFieldProps } from './EntityRefsField';
