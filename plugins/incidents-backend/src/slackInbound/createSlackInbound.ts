import {
  AuditorService,
  AuthService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Router } from 'express';
import { CatalogLookups } from '../catalog/CatalogLookups';
import { IncidentsService } from '../incidents/IncidentsService';
import { IncidentChangeListeners } from '../lib/changeListeners';
import { SlackWorkspaceClient } from '../integrations/slack/SlackWorkspaceClient';
import { WorkspaceSettings } from '../workspace/readWorkspaceSettings';
import { WorkspaceStepsStore } from '../workspace/WorkspaceStepsStore';
import { createSlackRouter } from './createSlackRouter';
import { IncidentChangeRights } from './IncidentChangeRights';
import { IncidentChannelCommands } from './IncidentChannelCommands';
import { SlackEntryPoint } from './SlackEntryPoint';
import { createSlackSocketMode, SlackSocketMode } from './slackSocketMode';
import { SlackTimelineCapture } from './SlackTimelineCapture';
import { SlackTimelineStore } from './SlackTimelineStore';
import { SlackUsers } from './SlackUsers';

/** How Slack's requests reach the plugin; neither when Slack cannot send any. */
export type SlackInbound = {
  /** Slack's HTTP requests, when Slack is configured with a signing secret. */
  router?: Router;
  /** The WebSocket Slack sends them over, when Slack has an app-level token. */
  socketMode?: SlackSocketMode;
  /** Puts Slack messages on timelines; its `sweep` finishes what a replica left. */
  timelineCapture?: SlackTimelineCapture;
};

/**
 * Slack's requests over HTTP (with a signing secret), Socket Mode (with an app-level
 * token) or both, handled by one dispatcher; without either, the plugin takes no
 * unauthenticated request but `/health`.
 */
export function createSlackInbound(deps: {
  settings: WorkspaceSettings;
  incidents: IncidentsService;
  steps: WorkspaceStepsStore;
  catalog: CatalogService;
  auth: AuthService;
  auditor: AuditorService;
  listeners: IncidentChangeListeners;
  timelineStore: SlackTimelineStore;
  logger: LoggerService;
}): SlackInbound {
  const { slack: slackSettings, worker } = deps.settings;
  const { signingSecret, appToken } = slackSettings ?? {};
  if (!slackSettings || (!signingSecret && !appToken)) {
    return {};
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
  const rights = new IncidentChangeRights({
    catalog: deps.catalog,
    auth: deps.auth,
    unmappedUsers: slackSettings.unmappedUsers,
  });
  const timelineCapture = new SlackTimelineCapture({
    store: deps.timelineStore,
    slack,
    users,
    incidents: deps.incidents,
    steps: deps.steps,
    rights,
    listeners: deps.listeners,
    auditor: deps.auditor,
    timelineReaction: slackSettings.timelineReaction,
    logger,
  });
  const dispatcher = new SlackEntryPoint({
    slack,
    users,
    steps: deps.steps,
    channelCommands: new IncidentChannelCommands({
      incidents: deps.incidents,
      users,
      slack,
      auth: deps.auth,
      auditor: deps.auditor,
      rights,
      incidentUrl,
      logger,
    }),
    timelineCapture,
    incidents: deps.incidents,
    catalogLookups: new CatalogLookups(deps.catalog),
    auth: deps.auth,
    auditor: deps.auditor,
    severities: deps.incidents.getConfig().severities,
    incidentUrl,
    unmappedUsers: slackSettings.unmappedUsers,
    logger,
  });
  return {
    timelineCapture,
    router: signingSecret
      ? createSlackRouter({ signingSecret, logger, dispatcher })
      : undefined,
    socketMode: appToken
      ? createSlackSocketMode({
          appToken,
          apiUrl: slackSettings.apiUrl,
          requestTimeoutMs: worker.requestTimeoutMs,
          dispatcher,
          logger,
        })
      : undefined,
  };
}
