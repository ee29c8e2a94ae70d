import {
  DeclareIncidentRequest,
  findMilestoneProblems,
  INCIDENT_LIMITS,
  IncidentMode,
} from '@incident-response/backstage-plugin-incidents-common';
import { fromLocalInputValue, toLocalInputValue } from '../../../lib/dates';
import { addMilestoneProblems, FormProblems } from '../../../lib/formProblems';

/** What the declare form holds; times are `datetime-local` values (local time). */
export type DeclareFormValues = {
  title: string;
  /** A severity id, or '' while it is to be assessed. */
  severity: string;
  mode: IncidentMode;
  security: boolean;
  drill: boolean;
  description: string;
  impactStartedAt: string;
  detectedAt: string;
  /** When impact ended; only for an incident that already happened. */
  resolvedAt: string;
  entityRefs: string[];
  /** Known errors the declarer recognised ("This is it"), linked at declare time. */
  knownErrorIds: string[];
};

/** The form's fields, named as the request fields the backend's errors name. */
export const DECLARE_FORM_FIELDS = [
  'title',
  'severity',
  'mode',
  'description',
  'impactStartedAt',
  'detectedAt',
  'resolvedAt',
  'entityRefs',
] as const;

export type DeclareFormField = (typeof DECLARE_FORM_FIELDS)[number];

export type DeclareFormProblems = FormProblems<DeclareFormField>;

/** A fresh form: the given affected entities, impact started and detected now. */
export function initialDeclareForm(options: {
  entityRefs: string[];
  now: Date;
}): DeclareFormValues {
  const now = toLocalInputValue(options.now);
  return {
    title: '',
    severity: '',
    mode: 'live',
    security: false,
    drill: false,
    description: '',
    impactStartedAt: now,
    detectedAt: now,
    resolvedAt: '',
    entityRefs: options.entityRefs,
    knownErrorIds: [],
  };
}

/**
 * The backend's rules, checked before sending: the same limits (INCIDENT_LIMITS) and the
 * same milestone rules (findMilestoneProblems), so most mistakes are shown at once.
 */
export function validateDeclareForm(
  values: DeclareFormValues,
  options: { now: Date; severityIds: string[] },
): DeclareFormProblems {
  const problems: DeclareFormProblems = {};
  if (values.title.trim() === '') {
    problems.title = { rule: 'required' };
  } else if (values.title.length > INCIDENT_LIMITS.titleMaxLength) {
    problems.title = { rule: 'too-long', max: INCIDENT_LIMITS.titleMaxLength };
  }
  if (
    values.severity !== '' &&
    !options.severityIds.includes(values.severity)
  ) {
    problems.severity = { rule: 'required' };
  }
  if (values.description.length > INCIDENT_LIMITS.textMaxLength) {
    problems.description = {
      rule: 'too-long',
      max: INCIDENT_LIMITS.textMaxLength,
    };
  }
  if (values.entityRefs.length === 0) {
    problems.entityRefs = { rule: 'required' };
  } else if (values.entityRefs.length > INCIDENT_LIMITS.entityRefsMaxItems) {
    problems.entityRefs = {
      rule: 'too-many',
      max: INCIDENT_LIMITS.entityRefsMaxItems,
    };
  }

  if (values.impactStartedAt.trim() === '') {
    problems.impactStartedAt = { rule: 'required' };
  }
  if (values.mode === 'retrospective' && values.resolvedAt.trim() === '') {
    problems.resolvedAt = { rule: 'required' };
  }
  const request = toDeclareRequest(values);
  addMilestoneProblems(
    problems,
    findMilestoneProblems(
      {
        impactStartedAt: request.impactStartedAt,
        detectedAt: request.detectedAt,
        resolvedAt: request.resolvedAt,
      },
      { now: options.now },
    ),
    milestone =>
      milestone === 'impactStartedAt' ||
      milestone === 'detectedAt' ||
      milestone === 'resolvedAt'
        ? milestone
        : undefined,
  );
  return problems;
}

/** The request the form sends; empty optional fields (the severity too) are left out. */
export function toDeclareRequest(
  values: DeclareFormValues,
): DeclareIncidentRequest {
  const description = values.description.trim();
  return {
    title: values.title.trim(),
    ...(values.severity && { severity: values.severity }),
    entityRefs: values.entityRefs,
    mode: values.mode,
    security: values.security,
    drill: values.drill,
    ...(description && { description }),
    impactStartedAt: fromLocalInputValue(values.impactStartedAt),
    detectedAt: fromLocalInputValue(values.detectedAt),
    ...(values.mode === 'retrospective' && {
      resolvedAt: fromLocalInputValue(values.resolvedAt),
    }),
    ...(values.knownErrorIds.length > 0 && {
      knownErrorIds: values.knownErrorIds,
    }),
  };
}
