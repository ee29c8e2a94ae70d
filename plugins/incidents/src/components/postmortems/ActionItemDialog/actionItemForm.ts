import {
  ActionItemKind,
  ActionItemPriority,
  CreateActionItemRequest,
  POSTMORTEM_LIMITS,
} from '@incident-response/backstage-plugin-incidents-common';
import {
  DEFAULT_DUE_IN_DAYS,
  defaultDueOn,
  isDay,
} from '../../../lib/dueDates';
import { FormProblems, webUrlProblem } from '../../../lib/formProblems';

/** What the action item form holds; empty strings and nulls for what is not given. */
export type ActionItemFormValues = {
  title: string;
  ownerRef: string | null;
  assigneeRef: string | null;
  /** `YYYY-MM-DD`, or the text as typed when it is no day. */
  dueOn: string;
  priority: ActionItemPriority;
  kind: ActionItemKind;
  trackerUrl: string;
  knownErrorId: string | null;
};

/** The form's fields in display order, named as the request fields the backend's errors name. */
export const ACTION_ITEM_FORM_FIELDS = [
  'title',
  'ownerRef',
  'assigneeRef',
  'dueOn',
  'priority',
  'kind',
  'trackerUrl',
  'knownErrorId',
] as const;

export type ActionItemFormField = (typeof ACTION_ITEM_FORM_FIELDS)[number];

/**
 * A new action item: due `dueInDays` from `now` (the installation's default), medium
 * priority, meant to prevent a recurrence; `prefill` may name its team.
 */
export function newActionItemForm(
  now: Date,
  prefill: Partial<ActionItemFormValues> = {},
  dueInDays: number = DEFAULT_DUE_IN_DAYS,
): ActionItemFormValues {
  return {
    title: '',
    ownerRef: null,
    assigneeRef: null,
    dueOn: defaultDueOn(now, dueInDays),
    priority: 'medium',
    kind: 'prevent',
    trackerUrl: '',
    knownErrorId: null,
    ...prefill,
  };
}

/** The backend's rules, checked before sending: a title, an owner team, a real day, a web link. */
export function validateActionItemForm(
  values: ActionItemFormValues,
): FormProblems<ActionItemFormField> {
  const problems: FormProblems<ActionItemFormField> = {};
  const title = values.title.trim();
  const max = POSTMORTEM_LIMITS.actionItemTitleMaxLength;
  if (!title) {
    problems.title = { rule: 'required' };
  } else if (title.length > max) {
    problems.title = { rule: 'too-long', max };
  }
  if (!values.ownerRef) {
    problems.ownerRef = { rule: 'required' };
  }
  if (!values.dueOn.trim()) {
    problems.dueOn = { rule: 'required' };
  } else if (!isDay(values.dueOn)) {
    problems.dueOn = { rule: 'invalid-date' };
  }
  const trackerProblem = webUrlProblem(
    values.trackerUrl,
    POSTMORTEM_LIMITS.urlMaxLength,
  );
  if (trackerProblem) {
    problems.trackerUrl = trackerProblem;
  }
  return problems;
}

/**
 * `POST /incidents/{id}/action-items` from a valid form. The due day shown is the one
 * sent, so the item is due when the form said; empty optional fields are left out.
 */
export function toCreateActionItemRequest(
  values: ActionItemFormValues,
): CreateActionItemRequest {
  const trackerUrl = values.trackerUrl.trim();
  return {
    title: values.title.trim(),
    ownerRef: values.ownerRef!,
    ...(values.assigneeRef && { assigneeRef: values.assigneeRef }),
    dueOn: values.dueOn,
    priority: values.priority,
    kind: values.kind,
    ...(trackerUrl && { trackerUrl }),
    ...(values.knownErrorId && { knownErrorId: values.knownErrorId }),
  };
}
