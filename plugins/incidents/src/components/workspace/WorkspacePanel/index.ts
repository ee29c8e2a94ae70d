export { WorkspacePanel } from './WorkspacePanel';
export { WORKSPACE_SETUP_DOCS_URL } from '../workspaceSetUpDocs';
