/**
 * Where the page sends people whose workspace steps are skipped: the plugin README's
 * "Slack and Google Workspace" section (it lists the configuration keys and links to the
 * full setup in the repository's README).
 */
export const WORKSPACE_SETUP_DOCS_URL =
  'https://www.npmjs.com/package/@incident-response/backstage-plugin-incidents#slack-and-google-workspace';
