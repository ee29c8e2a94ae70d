export { PostmortemDocument } from './PostmortemDocument';
export type { PostmortemDocumentProps } from './PostmortemDocument';
export { postmortemMarkdown } from './postmortemMarkdown';
export type { PostmortemDocumentModel } from './postmortemMarkdown';
export {
  storyEntries,
  usePostmortemDocument,
  useRolesInResponse,
} from './usePostmortemDocument';
