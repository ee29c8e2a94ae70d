import {
  AuditorService,
  AuthService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Router } from 'express';
import { CatalogLookups } from '../catalog/CatalogLookups';
import { IncidentsService } from '../incidents/IncidentsService';
import { SlackWorkspaceClient } from '../integrations/slack/SlackWorkspaceClient';
import { WorkspaceSettings } from '../workspace/readWorkspaceSettings';
import { WorkspaceStepsStore } from '../workspace/WorkspaceStepsStore';
import { createSlackRouter } from './createSlackRouter';
import { IncidentChannelCommands } from './IncidentChannelCommands';
import { SlackEntryPoint } from './SlackEntryPoint';
import { SlackUsers } from './SlackUsers';

/**
 * The router of Slack's requests, when Slack is configured with a signing secret;
 * undefined otherwise (the plugin then takes no unauthenticated request but `/health`).
 */
export function createSlackInbound(deps: {
  settings: WorkspaceSettings;
  incidents: IncidentsService;
  steps: WorkspaceStepsStore;
  catalog: CatalogService;
  auth: AuthService;
  auditor: AuditorService;
  logger: LoggerService;
}): Router | undefined {
  const { slack: slackSettings, worker } = deps.settings;
  const signingSecret = slackSettings?.signingSecret;
  if (!slackSettings || !signingSecret) {
    return undefined;
  }
  const logger = deps.logger.child({ entryPoint: 'slack' });
  const slack = SlackWorkspaceClient.fromSettings(slackSettings, {
    logger,
    requestTimeoutMs: worker.requestTimeoutMs,
  })!;
  const users = new SlackUsers({
    slack,
    catalog: deps.catalog,
    auth: deps.auth,
  });
  const incidentUrl = (number: string) =>
    `${deps.settings.appBaseUrl}/incidents/${number}`;
  return createSlackRouter({
    signingSecret,
    logger,
    dispatcher: new SlackEntryPoint({
      slack,
      users,
      steps: deps.steps,
      channelCommands: new IncidentChannelCommands({
        incidents: deps.incidents,
        users,
        slack,
        catalog: deps.catalog,
        auth: deps.auth,
        auditor: deps.auditor,
        incidentUrl,
        unmappedUsers: slackSettings.unmappedUsers,
        logger,
      }),
      incidents: deps.incidents,
      catalogLookups: new CatalogLookups(deps.catalog),
      auth: deps.auth,
      auditor: deps.auditor,
      severities: deps.incidents.getConfig().severities,
      incidentUrl,
      unmappedUsers: slackSettings.unmappedUsers,
      logger,
    }),
  });
}
