/** Slack's limit on channel names. */
export const SLACK_CHANNEL_NAME_MAX_LENGTH = 80;

/**
 * Lower case, `a-z0-9-_` only: accents dropped (é -> e), anything else a hyphen,
 * hyphens not repeated nor at either end.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
}

/**
 * `incident-{YYYY-MM-DD}-{slug of the title}`, at most 80 characters. The date is the
 * UTC day the incident was declared. A title with nothing left to slug (only emoji, say)
 * falls back to the incident number.
 */
export function channelBaseName(options: {
  declaredAt: string;
  title: string;
  number: string;
}): string {
  const date = options.declaredAt.slice(0, 10);
  const slug = slugify(options.title) || slugify(options.number);
  return trimName(`incident-${date}-${slug}`, SLACK_CHANNEL_NAME_MAX_LENGTH);
}

function trimName(name: string, length: number): string {
  return name.slice(0, length).replace(/[-_]+$/, '');
}

/** The n-th candidate: the base name, then `-2`, `-3`..., still within 80 characters. */
export function channelNameCandidate(base: string, n: number): string {
  if (n <= 1) {
    return base;
  }
  const suffix = `-${n}`;
  return `${trimName(
    base,
    SLACK_CHANNEL_NAME_MAX_LENGTH - suffix.length,
  )}${suffix}`;
}

/** Whether `name` is one of the candidates for `base` (the base or a suffixed one). */
export function isChannelNameCandidate(base: string, name: string): boolean {
  if (name === base) {
    return true;
  }
  const match = /-(\d+)$/.exec(name);
  return Boolean(
    match && channelNameCandidate(base, Number(match[1])) === name,
  );
}
