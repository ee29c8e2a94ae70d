export { PostmortemSectionEditor } from './PostmortemSectionEditor';
export type { PostmortemSectionEditorProps } from './PostmortemSectionEditor';
