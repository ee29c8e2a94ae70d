export { SafeMarkdown, safeUrl } from './SafeMarkdown';
export type { SafeMarkdownProps } from './SafeMarkdown';
