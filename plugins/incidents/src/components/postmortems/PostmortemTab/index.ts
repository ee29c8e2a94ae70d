export { PostmortemTab } from './PostmortemTab';
export type { PostmortemTabProps } from './PostmortemTab';
