import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import LinkIcon from '@material-ui/icons/Link';
import LinkOffIcon from '@material-ui/icons/LinkOff';
import Alert from '@material-ui/lab/Alert';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  IncidentDetails,
  incidentUpdatePermission,
  knownErrorCreatePermission,
  TimelineEntry,
} from '@incident-response/backstage-plugin-incidents-common';
import { useState } from 'react';
import { incidentsApiRef } from '../../../api';
import {
  useAsyncAction,
  useKnownErrorChanges,
  useLanguage,
  useUniqueId,
} from '../../../hooks';
import { formatDateTime } from '../../../lib/dates';
import { incidentsTranslationRef } from '../../../translation';
import { RecordKnownErrorButton } from '../KnownErrorDialog';
import { KnownErrorList, KnownErrorListItem } from '../KnownErrorList';
import { useKnownErrorSuggestions } from '../useKnownErrorSuggestions';
import { knownErrorPrefill } from './knownErrorPrefill';
import { useConfirmChange } from '../../shared';

/** @public */
export type IncidentKnownErrorsPanelProps = {
  incident: IncidentDetails;
  /** The incident's timeline, whose notes prefill a new known error. */
  timeline: TimelineEntry[];
  /** The incident after a change; without it, the page loads it again. */
  onChanged(incident?: IncidentDetails): void;
};

/**
 * The incident's **Known errors**: those linked to it (that caused it) with their
 * workarounds and **Unlink**, those that may be related (its first affected service
 * and its words) with **Link**, and **Record as known error**, which opens the form
 * prefilled from the incident and links the new known error to it. It follows changes
 * to the incident and to known errors (signals).
 *
 * @public
 */
export function IncidentKnownErrorsPanel(props: IncidentKnownErrorsPanelProps) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const api = useApi(incidentsApiRef);
  const language = useLanguage();
  const { allowed: canUpdate } = usePermission({
    permission: incidentUpdatePermission,
    resourceRef: props.incident.id,
  });
  const { allowed: canRecord } = usePermission({
    permission: knownErrorCreatePermission,
  });
  const suggestionsTitleId = useUniqueId('incident-known-error-suggestions');
  const { running, failure, run } = useAsyncAction();
  const confirmChange = useConfirmChange();
  const { incident, onChanged } = props;

  // Any known error may now match; one that names this incident changed its list too.
  const [version, setVersion] = useState(0);
  useKnownErrorChanges(
    () => true,
    () => setVersion(v => v + 1),
  );
  useKnownErrorChanges(
    signal => signal.incidentIds.includes(incident.id),
    () => onChanged(),
  );
  const suggestions = useKnownErrorSuggestions({
    entityRef: incident.entityRefs[0],
    text: [incident.title, incident.summary, incident.description]
      .filter(Boolean)
      .join('\n'),
    immediate: true,
    reloadKey: version,
  });
  const linkedIds = incident.knownErrors.map(knownError => knownError.id);
  const related = suggestions.items.filter(
    suggestion => !linkedIds.includes(suggestion.id),
  );

  /** Link or Unlink: changes the incident and hands it back. */
  const linkAction = (action: 'link' | 'unlink') =>
    function LinkAction(knownError: KnownErrorListItem) {
      if (!canUpdate) {
        return null;
      }
      const send =
        action === 'link' ? api.linkKnownError : api.unlinkKnownError;
      return (
        <Button
          size="small"
          variant={action === 'link' ? 'outlined' : 'text'}
          color={action === 'link' ? 'primary' : 'default'}
          startIcon={action === 'link' ? <LinkIcon /> : <LinkOffIcon />}
          disabled={running !== undefined}
          aria-label={t(`knownErrors.panel.${action}Label`, {
            number: knownError.number,
          })}
          onClick={() =>
            run(
              `${action}-${knownError.id}`,
              async () => {
                onChanged(await send.call(api, incident.id, knownError.id));
                confirmChange(
                  t(`confirmations.knownError.${action}`, {
                    number: knownError.number,
                  }),
                );
              },
              message => t('knownErrors.panel.failed', { message }),
            )
          }
        >
          {t(`knownErrors.panel.${action}`)}
        </Button>
      );
    };

  return (
    <section aria-label={t('knownErrors.panel.title')}>
      <InfoCard
        title={t('knownErrors.panel.title')}
        subheader={t('knownErrors.panel.subheader')}
      >
        {failure && (
          <Alert severity="error" role="alert">
            {failure}
          </Alert>
        )}
        {incident.knownErrors.length > 0 ? (
          <KnownErrorList
            knownErrors={incident.knownErrors}
            workaroundsOpen
            actions={linkAction('unlink')}
          />
        ) : (
          <Typography variant="body2" color="textSecondary">
            {t('knownErrors.panel.linkedEmpty')}
          </Typography>
        )}
        <Box
          component="section"
          aria-labelledby={suggestionsTitleId}
          marginTop={2}
        >
          <Typography
            variant="subtitle2"
            component="h3"
            id={suggestionsTitleId}
          >
            {t('knownErrors.panel.suggestionsTitle')}
          </Typography>
          {related.length > 0 ? (
            <KnownErrorList
              knownErrors={related}
              actions={linkAction('link')}
            />
          ) : (
            <Typography variant="body2" color="textSecondary">
              {suggestions.error
                ? t('knownErrors.panel.suggestionsError')
                : t('knownErrors.panel.suggestionsEmpty')}
            </Typography>
          )}
        </Box>
        {canRecord && (
          <Box marginTop={2}>
            <RecordKnownErrorButton
              variant="outlined"
              label={t('knownErrors.panel.record')}
              prefill={knownErrorPrefill(incident, props.timeline, {
                impact: t('knownErrors.form.fromIncidentImpact'),
                notes: t('knownErrors.form.fromIncidentNotes', {
                  number: incident.number,
                }),
                noteTime: iso =>
                  t('knownErrors.form.fromIncidentNoteTime', {
                    time: formatDateTime(iso, language),
                  }),
              })}
              incidentRefs={[incident.id]}
              onRecorded={() => onChanged()}
            />
            <Typography variant="caption" color="textSecondary" component="p">
              {t('knownErrors.panel.recordHelp')}
            </Typography>
          </Box>
        )}
      </InfoCard>
    </section>
  );
}
