export { WorkspaceQuickLinks } from './WorkspaceQuickLinks';
export type { WorkspaceQuickLinksProps } from './WorkspaceQuickLinks';
