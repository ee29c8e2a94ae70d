export { KeysetPagination } from './KeysetPagination';
export type { KeysetPaginationProps } from './KeysetPagination';
