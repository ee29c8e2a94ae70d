export { WorkspacePanel, WORKSPACE_SETUP_DOCS_URL } from './WorkspacePanel';
export type { WorkspacePanelProps } from './WorkspacePanel';
export { WorkspaceQuickLinks } from './WorkspaceQuickLinks';
export type { WorkspaceQuickLinksProps } from './WorkspaceQuickLinks';
export { useWorkspaceStepsPolling } from './useWorkspaceStepsPolling';
export { useWorkspaceStepText } from './useWorkspaceStepText';
export { ExternalLink } from './ExternalLink';
export { isWorkspaceStepKind } from './workspaceSteps';
