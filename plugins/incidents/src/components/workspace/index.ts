/** The incident's workspace (Slack channel, Meet, postmortem document, tracking sheet): its steps and links. */
export * from './WorkspacePanel';
export * from './WorkspaceQuickLinks';
export { useWorkspaceStepsPolling } from './useWorkspaceStepsPolling';
export { isWorkspaceNotSetUp } from './workspaceSteps';
export { WORKSPACE_TIMELINE_RENDERERS } from './workspaceTimelineRenderers';
