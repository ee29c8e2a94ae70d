export { ErrorNotice, RecordErrorPage } from './ErrorNotice';
export type { ErrorNoticeProps, RecordErrorPageProps } from './ErrorNotice';
