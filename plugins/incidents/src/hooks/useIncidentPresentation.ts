import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  DEFAULT_SEVERITIES,
  IncidentRole,
  IncidentStatus,
  SeverityDefinition,
} from '@incident-response/backstage-plugin-incidents-common';
import { useMemo } from 'react';
import { incidentsTranslationRef } from '../translation';

/** A severity as it is shown: in the reader's language when it is a default one. */
export type SeverityPresentation = {
  id: string;
  name: string;
  description: string;
  examples: string[];
  postmortemRequired: boolean;
  /** 0 for the most severe level; the configured list is ordered most severe first. */
  rank: number;
  /** False while the incident's severity is to be assessed (null in the API). */
  assessed: boolean;
};

function isUnchangedDefault(definition: SeverityDefinition): boolean {
  const original = DEFAULT_SEVERITIES.find(s => s.id === definition.id);
  return (
    !!original &&
    original.name === definition.name &&
    original.description === definition.description &&
    original.examples.length === definition.examples.length &&
    original.examples.every((example, i) => example === definition.examples[i])
  );
}

/**
 * Names of severities, statuses and roles in the reader's language. Severities come
 * from configuration: the handbook's defaults are translated, anything an installation
 * configured itself is shown as written.
 */
export function useIncidentPresentation() {
  const { t } = useTranslationRef(incidentsTranslationRef);
  return useMemo(() => {
    const defaultSeverityText = {
      SEV1: {
        name: t('severities.SEV1.name'),
        description: t('severities.SEV1.description'),
        examples: t('severities.SEV1.examples'),
      },
      SEV2: {
        name: t('severities.SEV2.name'),
        description: t('severities.SEV2.description'),
        examples: t('severities.SEV2.examples'),
      },
      SEV3: {
        name: t('severities.SEV3.name'),
        description: t('severities.SEV3.description'),
        examples: t('severities.SEV3.examples'),
      },
    } as Record<
      string,
      { name: string; description: string; examples: string }
    >;
    const statusNames: Record<IncidentStatus, string> = {
      active: t('statuses.active'),
      mitigated: t('statuses.mitigated'),
      resolved: t('statuses.resolved'),
      closed: t('statuses.closed'),
    };
    const roleText: Record<
      IncidentRole,
      { name: string; description: string }
    > = {
      'incident-commander': {
        name: t('roles.incident-commander.name'),
        description: t('roles.incident-commander.description'),
      },
      'operations-lead': {
        name: t('roles.operations-lead.name'),
        description: t('roles.operations-lead.description'),
      },
      'communications-lead': {
        name: t('roles.communications-lead.name'),
        description: t('roles.communications-lead.description'),
      },
      'policy-lead': {
        name: t('roles.policy-lead.name'),
        description: t('roles.policy-lead.description'),
      },
      'postmortem-owner': {
        name: t('roles.postmortem-owner.name'),
        description: t('roles.postmortem-owner.description'),
      },
      scribe: {
        name: t('roles.scribe.name'),
        description: t('roles.scribe.description'),
      },
      reporter: {
        name: t('roles.reporter.name'),
        description: t('roles.reporter.description'),
      },
    };

    const severities = (
      definitions: SeverityDefinition[],
    ): SeverityPresentation[] =>
      definitions.map((definition, rank) => {
        const translated = isUnchangedDefault(definition)
          ? defaultSeverityText[definition.id]
          : undefined;
        return {
          ...definition,
          rank,
          assessed: true,
          name: translated?.name ?? definition.name,
          description: translated?.description ?? definition.description,
          examples: translated
            ? translated.examples.split('\n')
            : definition.examples,
        };
      });

    return {
      /** Every configured severity, most severe first. */
      severities,
      /**
       * One severity; an id the configuration no longer has is shown as is, and null is
       * "to be assessed" (`assessed` false, ranked after every configured severity).
       */
      severity(
        id: string | null,
        definitions: SeverityDefinition[],
      ): SeverityPresentation {
        if (id === null) {
          return {
            id: '',
            name: t('severities.unassessed.name'),
            description: t('severities.unassessed.description'),
            examples: [],
            postmortemRequired: false,
            rank: definitions.length,
            assessed: false,
          };
        }
        const found = severities(definitions).find(s => s.id === id);
        return (
          found ?? {
            id,
            name: id,
            description: '',
            examples: [],
            postmortemRequired: false,
            rank: definitions.length,
            assessed: true,
          }
        );
      },
      statusName(status: IncidentStatus): string {
        return statusNames[status] ?? status;
      },
      roleName(role: IncidentRole): string {
        return roleText[role]?.name ?? role;
      },
      roleDescription(role: IncidentRole): string {
        return roleText[role]?.description ?? '';
      },
    };
  }, [t]);
}

/** What {@link useIncidentPresentation} returns. */
export type IncidentPresentation = ReturnType<typeof useIncidentPresentation>;
