import {
  IncidentChange,
  IncidentDetails,
} from '@incident-response/backstage-plugin-incidents-common';
import { NewWorkspaceStep } from '../database/workspaceStepRows';

/**
 * What the incident use cases tell about each change, whoever reacts to it: the steps it
 * calls for outside Backstage (written as outbox rows in the change's own transaction,
 * so nothing is lost if the process dies), and a nudge once that transaction has
 * committed. The workspace planner implements it; the use cases know nothing of Slack
 * or Google.
 */
export interface IncidentReactions {
  /**
   * The steps `change` calls for. `current` is the incident as it stood before the
   * change (absent for a declare), `actorRef` who made it.
   */
  plan(
    change: IncidentChange,
    context: { current?: IncidentDetails; actorRef: string },
  ): NewWorkspaceStep[];

  /** Called after the change committed; starts the planned steps without waiting. */
  afterCommit(): void;
}
