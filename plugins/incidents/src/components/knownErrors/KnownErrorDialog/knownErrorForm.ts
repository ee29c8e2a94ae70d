import {
  CreateKnownErrorRequest,
  KNOWN_ERROR_LIMITS,
  KNOWN_ERROR_STATUS_TRANSITIONS,
  KNOWN_ERROR_STATUSES,
  KnownError,
  KnownErrorStatus,
  UpdateKnownErrorRequest,
} from '@incident-response/backstage-plugin-incidents-common';
import { FormProblems, webUrlProblem } from '../../../lib/formProblems';

export { isWebUrl } from '../../../lib/formProblems';

/** The optional Markdown texts of a known error. */
const OPTIONAL_TEXTS = ['rootCause', 'workaround', 'permanentFix'] as const;

/** What the known-error form holds; empty strings for what is not recorded. */
export type KnownErrorFormValues = {
  title: string;
  symptoms: string;
  entityRefs: string[];
  rootCause: string;
  workaround: string;
  permanentFix: string;
  fixUrl: string;
  status: KnownErrorStatus;
};

/** The form's fields in display order, named as the request fields the backend's errors name. */
export const KNOWN_ERROR_FORM_FIELDS = [
  'title',
  'symptoms',
  'entityRefs',
  'rootCause',
  'workaround',
  'permanentFix',
  'fixUrl',
  'status',
] as const;

export type KnownErrorFormField = (typeof KNOWN_ERROR_FORM_FIELDS)[number];

export type KnownErrorFormProblems = FormProblems<KnownErrorFormField>;

/** A form for a new known error: investigating, with what `prefill` gives. */
export function newKnownErrorForm(
  prefill: Partial<KnownErrorFormValues> = {},
): KnownErrorFormValues {
  return {
    title: '',
    symptoms: '',
    entityRefs: [],
    rootCause: '',
    workaround: '',
    permanentFix: '',
    fixUrl: '',
    status: 'investigating',
    ...prefill,
  };
}

/** The form as a known error is now. */
export function knownErrorFormOf(knownError: KnownError): KnownErrorFormValues {
  return {
    title: knownError.title,
    symptoms: knownError.symptoms,
    entityRefs: knownError.entityRefs,
    rootCause: knownError.rootCause ?? '',
    workaround: knownError.workaround ?? '',
    permanentFix: knownError.permanentFix ?? '',
    fixUrl: knownError.fixUrl ?? '',
    status: knownError.status,
  };
}

/**
 * The statuses the form offers: any for a new known error; for an existing one, its
 * status and the legal moves from it (KNOWN_ERROR_STATUS_TRANSITIONS).
 */
export function statusChoices(current?: KnownErrorStatus): KnownErrorStatus[] {
  if (!current) {
    return [...KNOWN_ERROR_STATUSES];
  }
  const allowed = [current, ...KNOWN_ERROR_STATUS_TRANSITIONS[current]];
  return KNOWN_ERROR_STATUSES.filter(status => allowed.includes(status));
}

/**
 * The backend's rules, checked before sending: title and symptoms required, at least
 * one service, the lengths of KNOWN_ERROR_LIMITS, a web address as fix link and, for an
 * existing known error, a legal status move.
 */
export function validateKnownErrorForm(
  values: KnownErrorFormValues,
  current?: KnownErrorStatus,
): KnownErrorFormProblems {
  const problems: KnownErrorFormProblems = {};
  const { titleMaxLength, textMaxLength, urlMaxLength, entityRefsMaxItems } =
    KNOWN_ERROR_LIMITS;
  const lengthOf = (field: 'title' | 'symptoms') => values[field].trim().length;
  if (lengthOf('title') === 0) {
    problems.title = { rule: 'required' };
  } else if (values.title.trim().length > titleMaxLength) {
    problems.title = { rule: 'too-long', max: titleMaxLength };
  }
  if (lengthOf('symptoms') === 0) {
    problems.symptoms = { rule: 'required' };
  }
  for (const field of ['symptoms', ...OPTIONAL_TEXTS] as const) {
    if (!problems[field] && values[field].trim().length > textMaxLength) {
      problems[field] = { rule: 'too-long', max: textMaxLength };
    }
  }
  if (values.entityRefs.length === 0) {
    problems.entityRefs = { rule: 'required' };
  } else if (values.entityRefs.length > entityRefsMaxItems) {
    problems.entityRefs = { rule: 'too-many', max: entityRefsMaxItems };
  }
  const fixUrlProblem = webUrlProblem(values.fixUrl, urlMaxLength);
  if (fixUrlProblem) {
    problems.fixUrl = fixUrlProblem;
  }
  if (!statusChoices(current).includes(values.status)) {
    problems.status = { rule: 'required' };
  }
  return problems;
}

/** `POST /known-errors` from the form; empty optional fields are left out. */
export function toCreateKnownErrorRequest(
  values: KnownErrorFormValues,
  incidentRefs: string[] = [],
): CreateKnownErrorRequest {
  const request: CreateKnownErrorRequest = {
    title: values.title.trim(),
    symptoms: values.symptoms.trim(),
    entityRefs: values.entityRefs,
    status: values.status,
  };
  for (const field of [...OPTIONAL_TEXTS, 'fixUrl'] as const) {
    const value = values[field].trim();
    if (value) {
      request[field] = value;
    }
  }
  if (incidentRefs.length > 0) {
    request.incidentRefs = incidentRefs;
  }
  return request;
}

/** The fields the user changed, as `PATCH /known-errors/{id}` takes them (null clears). */
export function toUpdateKnownErrorRequest(
  knownError: KnownError,
  values: KnownErrorFormValues,
): UpdateKnownErrorRequest {
  const request: UpdateKnownErrorRequest = {};
  for (const field of ['title', 'symptoms'] as const) {
    const value = values[field].trim();
    if (value !== knownError[field]) {
      request[field] = value;
    }
  }
  for (const field of [...OPTIONAL_TEXTS, 'fixUrl'] as const) {
    const value = values[field].trim() || null;
    if (value !== knownError[field]) {
      request[field] = value;
    }
  }
  if (values.entityRefs.join('\n') !== knownError.entityRefs.join('\n')) {
    request.entityRefs = values.entityRefs;
  }
  if (values.status !== knownError.status) {
    request.status = values.status;
  }
  return request;
}
