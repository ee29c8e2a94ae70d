import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  IncidentMilestone,
  MilestoneProblem,
} from '@incident-response/backstage-plugin-incidents-common';
import { useCallback } from 'react';
import { incidentsTranslationRef } from '../translation';

/**
 * Why a form field is not accepted. Client-side rules produce the structured kinds (and
 * are shown in the reader's language); the backend's messages arrive as `server`.
 */
export type FieldProblem =
  | { rule: 'required' }
  | { rule: 'too-long'; max: number }
  | { rule: 'too-many'; max: number }
  | { rule: 'invalid-date' }
  | { rule: 'in-the-future' }
  | { rule: 'before'; mustNotPrecede: IncidentMilestone }
  | { rule: 'invalid-url' }
  | { rule: 'server'; message: string };

/** Problems of a form, by field; a field has at most one (the first found). */
export type FormProblems<TField extends string> = Partial<
  Record<TField, FieldProblem>
>;

/** Whether a link is a web address (http or https), as the backend requires. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** What is wrong with an optional link (a fix, a tracker issue), if anything. */
export function webUrlProblem(
  value: string,
  maxLength: number,
): FieldProblem | undefined {
  const url = value.trim();
  if (url.length > maxLength) {
    return { rule: 'too-long', max: maxLength };
  }
  return url && !isWebUrl(url) ? { rule: 'invalid-url' } : undefined;
}

/** Adds the problems the shared milestone rules found, keeping earlier ones. */
export function addMilestoneProblems<TField extends string>(
  problems: FormProblems<TField>,
  milestoneProblems: MilestoneProblem[],
  fieldOf: (milestone: IncidentMilestone) => TField | undefined,
): void {
  for (const problem of milestoneProblems) {
    const field = fieldOf(problem.field);
    if (field && !problems[field]) {
      problems[field] = problem;
    }
  }
}

/** Describes a field problem in the reader's language. */
export function useDescribeProblem(): (
  problem: FieldProblem | undefined,
  messages?: { required?: string },
) => string | undefined {
  const { t } = useTranslationRef(incidentsTranslationRef);
  return useCallback(
    (problem, messages) => {
      if (!problem) {
        return undefined;
      }
      switch (problem.rule) {
        case 'required':
          return messages?.required ?? t('validation.required');
        case 'too-long':
          return t('validation.tooLong', { max: String(problem.max) });
        case 'too-many':
          return t('validation.entityRefsTooMany', {
            max: String(problem.max),
          });
        case 'invalid-date':
          return t('validation.invalidDate');
        case 'in-the-future':
          return t('validation.inTheFuture');
        case 'invalid-url':
          return t('validation.invalidUrl');
        case 'before':
          return t('validation.mustNotPrecede', {
            other: t(`milestones.${problem.mustNotPrecede}`),
          });
        default:
          return problem.message;
      }
    },
    [t],
  );
}
