export { EntityRefList } from './EntityRefList';
export type { EntityRefListProps } from './EntityRefList';
