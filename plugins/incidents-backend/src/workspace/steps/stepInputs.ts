import {
  IncidentChange,
  WorkspaceStepKind,
} from '@incident-response/backstage-plugin-incidents-common';

type ChangeOf<T extends IncidentChange['type']> = Omit<
  Extract<IncidentChange, { type: T }>,
  'type'
>;

/** Who made the change a follow-up step reports. */
type By = { byRef: string };

export type StatusStepInput = ChangeOf<'status-changed'> & By;

export type RoleStepInput = ChangeOf<'role-assigned'> & By;

/** What changed in an edit that the channel and the sheet show. */
export type DetailsStepInput = {
  /** `from` is null when the severity had not been assessed yet. */
  severity?: { from: string | null; to: string };
  title?: { from: string; to: string };
} & By;

/** The known errors a new incident's channel hears about: linked, then suggested. */
export type KnownErrorsStepInput = ChangeOf<'declared'>['knownErrors'];

/** The approval a rendering of the postmortem into its document is for. */
export type PostmortemRenderStepInput = {
  approvedAt: string;
  approvedBy: string;
};

/**
 * The input each kind of follow-up step is written with: the change it reports. Kinds
 * not listed (the declare's steps) have none. Inputs are stored with the step, so these
 * shapes are kept as they are for rows written by earlier versions.
 */
type StepInputs = {
  'slack.status-update': StatusStepInput;
  'slack.close': StatusStepInput;
  'slack.archive': StatusStepInput;
  'google.doc-status': StatusStepInput;
  /** The status change it follows, or nothing after an edit. */
  'google.sheet-update': Partial<StatusStepInput>;
  'slack.role-update': RoleStepInput;
  'slack.details-update': DetailsStepInput;
  'slack.known-errors': KnownErrorsStepInput;
  'google.postmortem-render': PostmortemRenderStepInput;
};

export type StepInput<K extends WorkspaceStepKind> = K extends keyof StepInputs
  ? StepInputs[K]
  : undefined;
