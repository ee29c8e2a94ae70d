export { WorkspacePanel, WORKSPACE_SETUP_DOCS_URL } from './WorkspacePanel';
export type { WorkspacePanelProps } from './WorkspacePanel';
