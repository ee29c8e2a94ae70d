import {
  findMilestoneProblems,
  INCIDENT_LIMITS,
  IncidentDetails,
  IncidentMilestone,
  MilestoneValues,
  UpdateIncidentRequest,
} from '@incident-response/backstage-plugin-incidents-common';
import { fromLocalInputValue, toLocalInputValue } from '../../../lib/dates';
import { addMilestoneProblems, FormProblems } from '../../../lib/formProblems';

const TEXT_FIELDS = ['title', 'summary', 'impact', 'description'] as const;

/**
 * The milestones the form edits. Mitigation and end of impact can be corrected once the
 * status has set them; they are set by changing the status, not here.
 */
export const EDITABLE_MILESTONES = [
  'impactStartedAt',
  'detectedAt',
  'mitigatedAt',
  'resolvedAt',
] as const;

type EditableMilestone = (typeof EDITABLE_MILESTONES)[number];

/** What the edit form holds; times are `datetime-local` values (local time). */
export type EditFormValues = Record<(typeof TEXT_FIELDS)[number], string> &
  Record<EditableMilestone, string> & { severity: string };

/** The form's fields, named as the request fields the backend's errors name. */
export const EDIT_FORM_FIELDS = [
  'title',
  'severity',
  'summary',
  'impact',
  'description',
  ...EDITABLE_MILESTONES,
] as const;

export type EditFormField = (typeof EDIT_FORM_FIELDS)[number];

export type EditFormProblems = FormProblems<EditFormField>;

/** The milestones this incident has a value for, so the form shows a field for them. */
export function editableMilestonesOf(
  incident: IncidentDetails,
): EditableMilestone[] {
  return EDITABLE_MILESTONES.filter(
    field =>
      field === 'impactStartedAt' ||
      field === 'detectedAt' ||
      incident[field] !== null,
  );
}

/** The form as the incident is now. */
export function initialEditForm(incident: IncidentDetails): EditFormValues {
  const time = (value: string | null) =>
    value === null ? '' : toLocalInputValue(value);
  return {
    title: incident.title,
    // '' while it is to be assessed; once set, it cannot go back.
    severity: incident.severity ?? '',
    summary: incident.summary ?? '',
    impact: incident.impact ?? '',
    description: incident.description ?? '',
    impactStartedAt: time(incident.impactStartedAt),
    detectedAt: time(incident.detectedAt),
    mitigatedAt: time(incident.mitigatedAt),
    resolvedAt: time(incident.resolvedAt),
  };
}

/**
 * A milestone as the request would set it: untouched, the incident's own value to the
 * millisecond (the form shows minutes); edited, the form's; cleared, null.
 */
function milestoneValue(
  incident: IncidentDetails,
  values: EditFormValues,
  field: EditableMilestone,
): string | null {
  if (values[field] === initialEditForm(incident)[field]) {
    return incident[field];
  }
  return fromLocalInputValue(values[field]) ?? null;
}

/** The backend's rules, checked before sending: the same limits and milestone rules. */
export function validateEditForm(
  incident: IncidentDetails,
  values: EditFormValues,
  options: { now: Date; severityIds: string[] },
): EditFormProblems {
  const problems: EditFormProblems = {};
  if (values.title.trim() === '') {
    problems.title = { rule: 'required' };
  }
  for (const field of TEXT_FIELDS) {
    const max =
      field === 'title'
        ? INCIDENT_LIMITS.titleMaxLength
        : INCIDENT_LIMITS.textMaxLength;
    if (!problems[field] && values[field].length > max) {
      problems[field] = { rule: 'too-long', max };
    }
  }
  const stillUnassessed = incident.severity === null && values.severity === '';
  if (!stillUnassessed && !options.severityIds.includes(values.severity)) {
    problems.severity = { rule: 'required' };
  }
  // Only the time of detection may be unknown; the others are there or set by status.
  for (const field of editableMilestonesOf(incident)) {
    if (field !== 'detectedAt' && values[field].trim() === '') {
      problems[field] = { rule: 'required' };
    }
  }
  const milestones: MilestoneValues = {
    impactStartedAt: milestoneValue(incident, values, 'impactStartedAt'),
    detectedAt: milestoneValue(incident, values, 'detectedAt'),
    mitigatedAt: milestoneValue(incident, values, 'mitigatedAt'),
    resolvedAt: milestoneValue(incident, values, 'resolvedAt'),
    closedAt: incident.closedAt,
  };
  addMilestoneProblems(
    problems,
    findMilestoneProblems(milestones, { now: options.now }),
    (milestone: IncidentMilestone) =>
      (EDITABLE_MILESTONES as readonly string[]).includes(milestone)
        ? (milestone as EditableMilestone)
        : undefined,
  );
  return problems;
}

/** The fields the user changed, as `PATCH /incidents/{id}` takes them. */
export function toUpdateRequest(
  incident: IncidentDetails,
  values: EditFormValues,
): UpdateIncidentRequest {
  const request: UpdateIncidentRequest = {};
  const title = values.title.trim();
  if (title !== incident.title) {
    request.title = title;
  }
  for (const field of ['summary', 'impact', 'description'] as const) {
    const value = values[field].trim() || null;
    if (value !== incident[field]) {
      request[field] = value;
    }
  }
  if (values.severity !== (incident.severity ?? '')) {
    request.severity = values.severity;
  }
  const initial = initialEditForm(incident);
  for (const field of EDITABLE_MILESTONES) {
    if (values[field] !== initial[field]) {
      const value = milestoneValue(incident, values, field);
      if (field === 'detectedAt') {
        request.detectedAt = value;
      } else if (value !== null) {
        request[field] = value;
      }
    }
  }
  return request;
}
