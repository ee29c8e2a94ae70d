import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  IncidentsRefusal,
  IncidentsRefusalCode,
  IncidentsRefusalValues,
} from '@incident-response/backstage-plugin-incidents-common';
import { useCallback, useMemo } from 'react';
import { formatDateTime } from '../lib/dates';
import { entityRefName } from '../lib/entityNames';
import { incidentsTranslationRef } from '../translation';
import { useIncidentPresentation } from './useIncidentPresentation';
import { useIncidentsConfig } from './useIncidentsConfig';
import { useLanguage } from './useLanguage';
import { usePostmortemPresentation } from './usePostmortemPresentation';

/** How each refusal reads; a reason added to the vocabulary must be worded here. */
type RefusalWordings = {
  [TCode in IncidentsRefusalCode]: (
    values: IncidentsRefusalValues[TCode],
  ) => string;
};

/** A refused status change, with the statuses it names. */
type StatusMove<TStatus extends string> = {
  number: string;
  from: TStatus;
  to: TStatus;
  allowed: TStatus[];
};

/**
 * A refusal of the backend (its reason and values) in the reader's language, with
 * statuses, milestones, severities, people and times named as the rest of the UI names
 * them. Severities are named from the configuration once it has loaded (the client
 * fetches it once for the whole app), by their ids until then.
 */
export function useRefusalText(): (refusal: IncidentsRefusal) => string {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const language = useLanguage();
  const incidents = useIncidentPresentation();
  const postmortems = usePostmortemPresentation();
  const { config } = useIncidentsConfig();
  const severities = config?.severities;
  const wordings = useMemo((): RefusalWordings => {
    const quoted = (name: string) => t('errors.refusals.quoted', { name });
    /** The statuses of a refused move named and quoted; `allowed` as "A or B". */
    const move = <TStatus extends string>(
      { number, from, to, allowed }: StatusMove<TStatus>,
      statusName: (status: TStatus) => string,
    ) => ({
      number,
      from: quoted(statusName(from)),
      to: quoted(statusName(to)),
      allowed: new Intl.ListFormat(language, {
        style: 'long',
        type: 'disjunction',
      }).format(allowed.map(status => quoted(statusName(status)))),
    });
    /** An incident's or a known error's refused status change. */
    const statusRefusal = <TStatus extends string>(
      values: StatusMove<TStatus>,
      statusName: (status: TStatus) => string,
    ) => {
      const words = move(values, statusName);
      return values.allowed.length === 0
        ? t('errors.refusals.statusFinal', words)
        : t('errors.refusals.statusNotAllowed', words);
    };

    return {
      'incident-status-not-allowed': values =>
        statusRefusal(values, incidents.statusName),
      'known-error-status-not-allowed': values =>
        statusRefusal(values, status => t(`knownErrors.statuses.${status}`)),
      'close-needs-severity': values =>
        t('errors.refusals.closeNeedsSeverity', values),
      'close-needs-approved-postmortem': values =>
        t('errors.refusals.closeNeedsApprovedPostmortem', {
          number: values.number,
          severity: quoted(
            incidents.severity(values.severity, severities ?? []).name,
          ),
          status: quoted(postmortems.statusName(values.postmortemStatus)),
        }),
      'milestone-not-reached': values =>
        t('errors.refusals.milestoneNotReached', {
          number: values.number,
          milestone: t(`milestones.${values.milestone}`),
          status: quoted(incidents.statusName(values.status)),
        }),
      'idempotency-key-reused': () => t('errors.refusals.idempotencyKeyReused'),
      'no-failed-steps': values => t('errors.refusals.noFailedSteps', values),
      'postmortem-saved-since': ({ number, updatedBy, updatedAt }) => {
        const user = updatedBy && entityRefName(updatedBy, 'user');
        const time = updatedAt && formatDateTime(updatedAt, language);
        if (user && time) {
          return t('errors.refusals.postmortemSavedSinceByAt', {
            number,
            user,
            time,
          });
        }
        if (user) {
          return t('errors.refusals.postmortemSavedSinceBy', { number, user });
        }
        if (time) {
          return t('errors.refusals.postmortemSavedSinceAt', { number, time });
        }
        return t('errors.refusals.postmortemSavedSince', { number });
      },
      'postmortem-not-draft': values =>
        t('errors.refusals.postmortemNotDraft', {
          number: values.number,
          status: quoted(postmortems.statusName(values.postmortemStatus)),
        }),
      'postmortem-status-not-allowed': values =>
        t(
          'errors.refusals.postmortemStatusNotAllowed',
          move(values, postmortems.statusName),
        ),
      'postmortem-not-ready': values =>
        t('postmortems.review.notReady', {
          missing: postmortems.missingForReview(values),
        }),
      'too-many-buckets': values =>
        t('errors.refusals.tooManyBuckets', {
          bucket: t(`charts.bucketNouns.${values.bucket}`),
          max: values.max.toLocaleString(language),
        }),
    };
  }, [t, language, incidents, postmortems, severities]);
  return useCallback(
    (refusal: IncidentsRefusal) => {
      // TypeScript cannot tell that a refusal's code and values belong together.
      const wording = wordings[refusal.code] as (
        values: IncidentsRefusal['values'],
      ) => string;
      return wording(refusal.values);
    },
    [wordings],
  );
}
