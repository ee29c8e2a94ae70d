import { ConflictError, InputError } from '@backstage/errors';
import { withRefusal } from '../lib/http/refusal';
import {
  IncidentDetails,
  RetryWorkspaceStepsRequest,
  WorkspaceStepKind,
} from '@incident-response/backstage-plugin-incidents-common';
import { stepKind } from '../database/workspaceStepRows';
import { getIncidentByReference } from '../incidents/incidentReference';
import { accessFactsOf, IncidentAccessFacts } from '../lib/incidentAccess';
import { IncidentsStore } from '../incidents/IncidentsStore';
import { Actor } from '../lib/authorize';
import { IncidentChangeListeners } from '../lib/changeListeners';
import { STEP_LABELS } from './content/stepLabels';
import { WorkspaceStepsStore } from './WorkspaceStepsStore';

/** The workspace's own use case: a person retrying what Slack or Google refused. */
export class WorkspaceService {
  constructor(
    private readonly deps: {
      incidents: Pick<IncidentsStore, 'getIncident'>;
      steps: WorkspaceStepsStore;
      /** Why a step of this kind is skipped for this incident now, if it still is. */
      skipCode: (
        kind: WorkspaceStepKind,
        incident: IncidentDetails,
      ) => string | undefined;
      worker: { kick(): void };
      listeners: IncidentChangeListeners;
    },
  ) {}

  /**
   * Puts the incident's failed steps (or the named ones) back to pending, brings
   * pending ones waiting for a backoff forward, and runs skipped ones whose integration
   * has been configured since. Throws ConflictError when there is nothing to retry.
   */
  /** The incident whose steps a route retries, for its authorization. */
  async incidentAccessFacts(reference: string): Promise<IncidentAccessFacts> {
    return accessFactsOf(
      await getIncidentByReference(this.deps.incidents, reference),
    );
  }

  async retry(
    reference: string,
    request: RetryWorkspaceStepsRequest,
    actor: Actor,
  ): Promise<IncidentDetails> {
    const { incidents, steps, worker, listeners } = this.deps;
    const incident = await getIncidentByReference(incidents, reference);
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
    const retried = await steps.retry(
      {
        incidentId: incident.id,
        keys: request.keys,
        requestedBy: actor.userRef,
        reconsiderSkipped: step => this.deps.skipCode(step.kind, incident),
        timelineEntry: keys => ({
          kind: 'workspace-steps-retried',
          body: `Retried ${keys
            .map(key => STEP_LABELS[stepKind(key)] ?? key)
            .join(', ')}`,
          authorRef: actor.userRef,
          automatic: true,
          data: { steps: keys },
        }),
      },
      Date.now(),
    );
    if (retried.length === 0) {
      throw withRefusal(
        new ConflictError(
          `${incident.number} has no ${
            request.keys ? 'such ' : ''
          }failed steps to retry`,
        ),
        { code: 'no-failed-steps', values: { number: incident.number } },
      );
    }
    worker.kick();
    const updated = await getIncidentByReference(incidents, incident.id);
    await listeners.notify({ incident: updated });
    return updated;
  }
}
