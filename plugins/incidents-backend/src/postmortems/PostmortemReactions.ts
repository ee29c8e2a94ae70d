import { IncidentDetails } from '@incident-response/backstage-plugin-incidents-common';
import { NewWorkspaceStep } from '../database/workspaceStepRows';

/** An approval of the incident's postmortem, at a time, by someone. */
export type PostmortemApproval = { approvedAt: string; approvedBy: string };

/**
 * How the rest of the plugin reacts to a postmortem's approval: the steps it calls for
 * outside Backstage (the approved text rendered into the incident's Google Doc),
 * written in the approval's transaction, and a nudge once it has committed. The
 * workspace planner implements it, as it does for incident changes.
 */
export interface PostmortemReactions {
  planApproval(
    approval: PostmortemApproval,
    context: { incident: IncidentDetails; actorRef: string },
  ): NewWorkspaceStep[];

  afterCommit(): void;
}
