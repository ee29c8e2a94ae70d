import { ALLOWED_CLOCK_SKEW_MS, IncidentMilestone } from './incidents';

/**
 * Milestone values as ISO 8601 strings, `Date`s, or null/undefined when not reached.
 *
 * @public
 */
export type MilestoneValues = Partial<
  Record<IncidentMilestone, string | Date | null | undefined>
>;

/**
 * A broken ordering rule: `field` is before `mustNotPrecede`, or `field` is in the future.
 *
 * @public
 */
export type MilestoneProblem =
  | {
      field: IncidentMilestone;
      rule: 'before';
      mustNotPrecede: IncidentMilestone;
    }
  | { field: IncidentMilestone; rule: 'in-the-future' }
  | { field: IncidentMilestone; rule: 'invalid-date' };

/**
 * Pairs of milestones where the first may never come after the second. Time to detect
 * and time to recover are measured from the start of impact, so nothing precedes it.
 */
const MILESTONE_ORDER: ReadonlyArray<[IncidentMilestone, IncidentMilestone]> = [
  ['impactStartedAt', 'detectedAt'],
  ['impactStartedAt', 'mitigatedAt'],
  ['impactStartedAt', 'resolvedAt'],
  ['impactStartedAt', 'closedAt'],
  ['mitigatedAt', 'resolvedAt'],
  ['resolvedAt', 'closedAt'],
];

function toMillis(value: string | Date | null | undefined): number | undefined {
  if (value === null || value === undefined) {
    return undefined;
  }
  return value instanceof Date ? value.getTime() : Date.parse(value);
}

/**
 * Checks that milestones are valid dates, in order and not in the future. The backend
 * runs it on every write (declare, edit, transition) and the frontend before submitting.
 *
 * @public
 */
export function findMilestoneProblems(
  milestones: MilestoneValues,
  options: { now: Date },
): MilestoneProblem[] {
  const problems: MilestoneProblem[] = [];
  const millis = new Map<IncidentMilestone, number>();
  for (const [field, value] of Object.entries(milestones) as Array<
    [IncidentMilestone, string | Date | null | undefined]
  >) {
    const ms = toMillis(value);
    if (ms === undefined) {
      continue;
    }
    if (Number.isNaN(ms)) {
      problems.push({ field, rule: 'invalid-date' });
      continue;
    }
    if (ms > options.now.getTime() + ALLOWED_CLOCK_SKEW_MS) {
      problems.push({ field, rule: 'in-the-future' });
    }
    millis.set(field, ms);
  }
  for (const [earlier, later] of MILESTONE_ORDER) {
    const earlierMs = millis.get(earlier);
    const laterMs = millis.get(later);
    if (
      earlierMs !== undefined &&
      laterMs !== undefined &&
      laterMs < earlierMs
    ) {
      problems.push({ field: later, rule: 'before', mustNotPrecede: earlier });
    }
  }
  return problems;
}

/**
 * An English sentence for a milestone problem, for API error messages.
 *
 * @public
 */
export function describeMilestoneProblem(problem: MilestoneProblem): string {
  switch (problem.rule) {
    case 'before':
      return `${problem.field} must not be before ${problem.mustNotPrecede}`;
    case 'in-the-future':
      return `${problem.field} must not be in the future`;
    default:
      return `${problem.field} is not a valid date-time`;
  }
}
