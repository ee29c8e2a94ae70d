import {
  DEFAULT_SEVERITIES,
  IncidentRole,
  IncidentStatus,
  joinDateParts,
  SeverityDefinition,
} from '@incident-response/backstage-plugin-incidents-common';

/**
 * The incident vocabulary in French, for what the backend writes in French (Slack
 * answers, bilingual announcements); the frontend has its own in its translations.
 */
export const FRENCH_STATUS_NAMES: Record<IncidentStatus, string> = {
  active: 'Actif',
  mitigated: 'Atténué',
  resolved: 'Résolu',
  closed: 'Clos',
};

export const FRENCH_ROLE_NAMES: Record<IncidentRole, string> = {
  'incident-commander': "Commandant·e de l'incident",
  'operations-lead': 'Responsable des opérations',
  'communications-lead': 'Responsable des communications',
  'policy-lead': 'Responsable des politiques',
  'postmortem-owner': "Responsable de l'analyse rétrospective",
  scribe: 'Scribe',
  reporter: 'Déclarant·e',
};

const DEFAULT_FRENCH_SEVERITIES: Record<
  string,
  { name: string; description: string }
> = {
  SEV1: {
    name: 'SEV1 - Critique',
    description: 'Un incident critique à très fort impact',
  },
  SEV2: {
    name: 'SEV2 - Majeur',
    description: 'Un incident majeur à impact important',
  },
  SEV3: {
    name: 'SEV3 - Mineur',
    description: 'Un incident mineur à faible impact',
  },
};

const isDefault = (severity: SeverityDefinition) =>
  DEFAULT_SEVERITIES.some(
    d => d.id === severity.id && d.name === severity.name,
  );

/**
 * A severity's name and description in French: the defaults are translated, custom
 * severities keep the words their config gives them.
 */
export function frenchSeverity(severity: SeverityDefinition): {
  name: string;
  description: string;
} {
  return isDefault(severity)
    ? DEFAULT_FRENCH_SEVERITIES[severity.id]
    : { name: severity.name, description: severity.description };
}

const FRENCH_DAY = new Intl.DateTimeFormat('fr', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** A day (`2026-03-01`) as French writes it: `1er mars 2026`, `3 novembre 2026`. */
export function frenchDay(day: string): string {
  return joinDateParts(
    FRENCH_DAY.formatToParts(new Date(`${day}T00:00:00Z`)),
    'fr',
  );
}
