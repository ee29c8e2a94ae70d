import {
  IncidentChange,
  IncidentDetails,
  IncidentMode,
  LIVE_ONLY_WORKSPACE_STEP_KINDS,
  WorkspaceSkipCode,
  WorkspaceStepKind,
} from '@incident-response/backstage-plugin-incidents-common';
import { NewWorkspaceStep, stepKind } from '../database/workspaceStepRows';
import { IncidentReactions } from '../incidents/IncidentReactions';
import {
  PostmortemApproval,
  PostmortemReactions,
} from '../postmortems/PostmortemReactions';
import { WorkspaceSettings } from './readWorkspaceSettings';
import { StepInput } from './steps/stepInputs';

type StepShape = {
  dependsOn: WorkspaceStepKind[];
  waitsFor: WorkspaceStepKind[];
};

type ChangeOf<T extends IncidentChange['type']> = Extract<
  IncidentChange,
  { type: T }
>;

/**
 * The steps of a declare, as a dependency graph. Independent steps run in parallel:
 * the channel, the Meet and the doc copy start at once. `dependsOn` must succeed (or be
 * skipped) first; `waitsFor` only delays a step until the other has succeeded, been
 * skipped or failed once, so a Google outage does not hold back the channel's first
 * message (the links follow in `slack.links`) nor the announcement.
 */
export const DECLARE_STEPS: Partial<Record<WorkspaceStepKind, StepShape>> = {
  'slack.channel': { dependsOn: [], waitsFor: [] },
  'google.meet': { dependsOn: [], waitsFor: [] },
  'google.doc': { dependsOn: [], waitsFor: [] },
  // The doc's placeholders include the channel and the Meet link: fill them once known.
  'google.doc-fill': {
    dependsOn: ['google.doc', 'slack.channel', 'google.meet'],
    waitsFor: [],
  },
  'slack.share': {
    dependsOn: ['slack.channel'],
    waitsFor: ['google.meet', 'google.doc'],
  },
  // Links that were not ready for the first message, once they are.
  'slack.links': {
    dependsOn: ['slack.share', 'google.meet', 'google.doc'],
    waitsFor: [],
  },
  'google.sheet': {
    dependsOn: [],
    waitsFor: ['slack.channel', 'google.doc'],
  },
  'slack.invite': { dependsOn: ['slack.channel'], waitsFor: [] },
  'slack.announce': { dependsOn: [], waitsFor: ['slack.channel'] },
};

const SLACK_MESSAGE_KINDS: WorkspaceStepKind[] = [
  'slack.status-update',
  'slack.role-update',
  'slack.details-update',
  'slack.close',
];

/**
 * Keys of follow-ups are `<kind>:<sequence>`, one sequence number per event, so each
 * event's steps are unique and ordered. The incident row is locked while they are
 * planned, so two changes cannot take the same number.
 */
class FollowUpPlan {
  readonly steps: NewWorkspaceStep[] = [];
  private readonly sequence: number;

  constructor(
    private readonly current: IncidentDetails,
    private readonly requestedBy: string,
  ) {
    this.sequence = current.steps.length + 1;
  }

  /** Whether the incident has this step and it is not skipped. */
  isActive(key: string): boolean {
    return this.current.steps.some(
      s => s.key === key && s.status !== 'skipped',
    );
  }

  /** The newest existing step of these kinds, to keep follow-ups in order. */
  latest(kinds: WorkspaceStepKind[]): string[] {
    const keys = this.current.steps
      .filter(s => kinds.includes(stepKind(s.key)))
      .map(s => s.key);
    return keys.length > 0 ? [keys[keys.length - 1]] : [];
  }

  /** Channel messages go after the first message and after one another. */
  slackMessageDependencies(): string[] {
    return [
      'slack.channel',
      ...(this.isActive('slack.share') ? ['slack.share'] : []),
      ...this.latest(SLACK_MESSAGE_KINDS),
    ];
  }

  /** The tracking-sheet row rewritten from the incident, after the previous rewrite. */
  addSheetUpdate(input: StepInput<'google.sheet-update'>): void {
    if (this.isActive('google.sheet')) {
      this.add(
        'google.sheet-update',
        ['google.sheet', ...this.latest(['google.sheet-update'])],
        input,
      );
    }
  }

  add<K extends WorkspaceStepKind>(
    kind: K,
    dependsOn: string[],
    input: StepInput<K>,
  ): string {
    const key = `${kind}:${this.sequence}`;
    this.steps.push({
      key,
      status: 'pending',
      dependsOn: [...new Set(dependsOn)],
      waitsFor: [],
      input,
      requestedBy: this.requestedBy,
    });
    return key;
  }
}

/**
 * Decides which workspace steps a change calls for, and which of them are skipped
 * because their integration is not configured (or does not apply) and why. It is how
 * the workspace reacts to the incident use cases: the steps are written in the
 * change's transaction, and the worker is started once it has committed.
 */
export class WorkspacePlanner
  implements IncidentReactions, PostmortemReactions
{
  constructor(
    private readonly settings: WorkspaceSettings,
    private readonly worker: { kick(): void },
  ) {}

  plan(
    change: IncidentChange,
    context: { current?: IncidentDetails; actorRef: string },
  ): NewWorkspaceStep[] {
    if (change.type === 'declared') {
      return this.planDeclare(change, context.actorRef);
    }
    const { current, actorRef } = context;
    if (!current) {
      throw new Error(`A ${change.type} change needs the incident it changes`);
    }
    switch (change.type) {
      case 'status-changed':
        return this.planStatusChange(current, change, actorRef);
      case 'details-changed':
        return this.planDetailsChange(current, change, actorRef);
      case 'role-assigned':
        return this.planRoleChange(current, change, actorRef);
      default:
        return [];
    }
  }

  /**
   * An approved postmortem is rendered into the incident's document (the one copied
   * from the template), after the placeholders are filled and after any earlier
   * rendering, so the Drive repository holds the approved text.
   */
  planApproval(
    approval: PostmortemApproval,
    context: { incident: IncidentDetails; actorRef: string },
  ): NewWorkspaceStep[] {
    const plan = new FollowUpPlan(context.incident, context.actorRef);
    if (plan.isActive('google.doc')) {
      plan.add(
        'google.postmortem-render',
        [
          plan.isActive('google.doc-fill') ? 'google.doc-fill' : 'google.doc',
          ...plan.latest(['google.postmortem-render']),
        ],
        approval,
      );
    }
    return plan.steps;
  }

  afterCommit(): void {
    // Not awaited: a request never waits on Slack or Google.
    this.worker.kick();
  }

  /** Why a step of this kind is skipped for this incident, or undefined when it runs. */
  skipCode(
    kind: WorkspaceStepKind,
    incident: { mode: IncidentMode },
  ): WorkspaceSkipCode | undefined {
    const { slack, google } = this.settings;
    if (kind.startsWith('slack.') && !slack) {
      return 'slack-not-configured';
    }
    if (kind.startsWith('google.') && !google) {
      return 'google-not-configured';
    }
    if (
      incident.mode === 'retrospective' &&
      LIVE_ONLY_WORKSPACE_STEP_KINDS.includes(kind)
    ) {
      return 'retrospective';
    }
    if (kind === 'google.meet' && !google?.subject) {
      return 'meet-subject-missing';
    }
    if (
      (kind === 'google.doc' || kind === 'google.doc-fill') &&
      !google?.postmortemTemplateId
    ) {
      return 'postmortem-template-missing';
    }
    if (kind === 'google.sheet' && !google?.trackingSpreadsheetId) {
      return 'tracking-spreadsheet-missing';
    }
    return undefined;
  }

  /**
   * The steps of a new incident, and, when known errors were linked or strongly
   * suggested, a message listing them with their workarounds after the first one.
   */
  private planDeclare(
    { mode, knownErrors }: ChangeOf<'declared'>,
    requestedBy: string,
  ): NewWorkspaceStep[] {
    const step = (
      key: WorkspaceStepKind,
      shape: StepShape,
      input?: StepInput<WorkspaceStepKind>,
    ): NewWorkspaceStep => {
      const skipCode = this.skipCode(key, { mode });
      return {
        key,
        status: skipCode ? 'skipped' : 'pending',
        skipCode,
        dependsOn: shape.dependsOn,
        waitsFor: shape.waitsFor,
        requestedBy,
        ...(input && { input: input as Record<string, unknown> }),
      };
    };
    const steps = Object.entries(DECLARE_STEPS).map(([key, shape]) =>
      step(key as WorkspaceStepKind, shape!),
    );
    if (knownErrors.linked.length + knownErrors.suggested.length > 0) {
      steps.push(
        step(
          'slack.known-errors',
          { dependsOn: ['slack.share'], waitsFor: [] },
          knownErrors,
        ),
      );
    }
    return steps;
  }

  /** Follow-ups of a status change: a message (or, on closing, the final one), the sheet, the doc. */
  private planStatusChange(
    current: IncidentDetails,
    { type: _type, ...change }: ChangeOf<'status-changed'>,
    requestedBy: string,
  ): NewWorkspaceStep[] {
    const plan = new FollowUpPlan(current, requestedBy);
    const input = { ...change, byRef: requestedBy };
    if (plan.isActive('slack.channel')) {
      const message = plan.add(
        change.to === 'closed' ? 'slack.close' : 'slack.status-update',
        plan.slackMessageDependencies(),
        input,
      );
      if (change.to === 'closed' && this.settings.slack?.archiveOnClose) {
        // Archive last: every other Slack step of the incident must be done with the channel.
        plan.add(
          'slack.archive',
          [
            message,
            ...current.steps
              .filter(s => s.key.startsWith('slack.') && s.status !== 'skipped')
              .map(s => s.key),
          ],
          input,
        );
      }
    }
    plan.addSheetUpdate(input);
    if (change.to === 'closed' && plan.isActive('google.doc-fill')) {
      plan.add('google.doc-status', ['google.doc-fill'], input);
    }
    return plan.steps;
  }

  /**
   * Follow-ups of a change of severity or title: a message (the channel topic shows the
   * severity, its purpose the title) and the sheet row. Other edits change nothing
   * outside Backstage.
   */
  private planDetailsChange(
    current: IncidentDetails,
    { fields }: ChangeOf<'details-changed'>,
    requestedBy: string,
  ): NewWorkspaceStep[] {
    const severity = fields.severity && {
      from: fields.severity.from,
      to: String(fields.severity.to),
    };
    const title = fields.title && {
      from: String(fields.title.from),
      to: String(fields.title.to),
    };
    if (!severity && !title) {
      return [];
    }
    const plan = new FollowUpPlan(current, requestedBy);
    if (plan.isActive('slack.channel')) {
      plan.add('slack.details-update', plan.slackMessageDependencies(), {
        ...(severity && { severity }),
        ...(title && { title }),
        byRef: requestedBy,
      });
    }
    plan.addSheetUpdate({});
    return plan.steps;
  }

  /** Follow-up of a role change: the new holder is told in the channel (and invited). */
  private planRoleChange(
    current: IncidentDetails,
    { type: _type, ...change }: ChangeOf<'role-assigned'>,
    requestedBy: string,
  ): NewWorkspaceStep[] {
    const plan = new FollowUpPlan(current, requestedBy);
    if (plan.isActive('slack.channel')) {
      plan.add('slack.role-update', plan.slackMessageDependencies(), {
        ...change,
        byRef: requestedBy,
      });
    }
    return plan.steps;
  }
}
