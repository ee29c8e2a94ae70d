import { ConflictError, InputError } from '@backstage/errors';
import {
  IncidentDetails,
  IncidentMode,
  IncidentRole,
  IncidentStatus,
  RetryWorkspaceStepsRequest,
  WorkspaceStepKind,
} from '@incident-response/backstage-plugin-incidents-common';
import { NewWorkspaceStep } from '../database/workspaceStepRows';
import { WorkspaceStepsStore } from '../database/WorkspaceStepsStore';
import { STEP_LABELS } from './WorkspaceContent';
import { DetailsChange, WorkspacePlanner } from './WorkspacePlanner';

/**
 * What the incident use cases need from the workspace: which steps a change calls for
 * (written by the caller in the same transaction as the change), a nudge to the worker
 * once that transaction has committed, and the manual retry.
 */
export class IncidentWorkspace {
  constructor(
    private readonly planner: WorkspacePlanner,
    private readonly steps: WorkspaceStepsStore,
    private readonly worker: { kick(): void },
  ) {}

  planDeclare(
    incident: { mode: IncidentMode },
    requestedBy: string,
  ): NewWorkspaceStep[] {
    return this.planner.planDeclare(incident, requestedBy);
  }

  planStatusChange(
    current: IncidentDetails,
    change: { from: IncidentStatus; to: IncidentStatus; at: string },
    requestedBy: string,
  ): NewWorkspaceStep[] {
    return this.planner.planStatusChange(current, change, requestedBy);
  }

  planDetailsChange(
    current: IncidentDetails,
    change: DetailsChange,
    requestedBy: string,
  ): NewWorkspaceStep[] {
    return this.planner.planDetailsChange(current, change, requestedBy);
  }

  planRoleChange(
    current: IncidentDetails,
    change: {
      role: IncidentRole;
      fromRef: string | null;
      toRef: string;
      note: string | null;
    },
    requestedBy: string,
  ): NewWorkspaceStep[] {
    return this.planner.planRoleChange(current, change, requestedBy);
  }

  /** Starts the worker on what was just committed; the caller does not wait for it. */
  kick(): void {
    this.worker.kick();
  }

  /**
   * Puts the incident's failed steps (or the named ones) back to pending, brings
   * pending ones waiting for a backoff forward, and runs skipped ones whose integration
   * has been configured since. Throws ConflictError when there is nothing to retry.
   */
  async retry(
    incident: IncidentDetails,
    request: RetryWorkspaceStepsRequest,
    requestedBy: string,
  ): Promise<string[]> {
    if (request.keys) {
      const known = new Set(incident.steps.map(s => s.key));
      const unknown = request.keys.filter(key => !known.has(key));
      if (unknown.length > 0) {
        throw new InputError(
          `keys: ${incident.number} has no step ${unknown.join(
            ', ',
          )}; its steps are ${[...known].join(', ') || 'none'}`,
        );
      }
    }
    const retried = await this.steps.retry(
      {
        incidentId: incident.id,
        keys: request.keys,
        requestedBy,
        reconsiderSkipped: step =>
          this.planner.skipCode(step.kind as WorkspaceStepKind, incident),
        timelineEntry: keys => ({
          kind: 'workspace-steps-retried',
          body: `Retried ${keys
            .map(
              key => STEP_LABELS[key.split(':')[0] as WorkspaceStepKind] ?? key,
            )
            .join(', ')}`,
          authorRef: requestedBy,
          automatic: true,
          data: { steps: keys },
        }),
      },
      Date.now(),
    );
    if (retried.length === 0) {
      throw new ConflictError(
        `${incident.number} has no ${
          request.keys ? 'such ' : ''
        }failed steps to retry`,
      );
    }
    this.worker.kick();
    return retried;
  }
}
