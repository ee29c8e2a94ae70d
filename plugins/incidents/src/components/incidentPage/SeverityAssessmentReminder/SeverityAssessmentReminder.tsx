import Button from '@material-ui/core/Button';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  IncidentDetails,
  incidentUpdatePermission,
  OPEN_INCIDENT_STATUSES,
  SeverityDefinition,
} from '@incident-response/backstage-plugin-incidents-common';
import { FormEvent, useState } from 'react';
import { incidentsApiRef } from '../../../api';
import {
  useAsyncAction,
  useIncidentPresentation,
  useUniqueId,
} from '../../../hooks';
import { incidentsTranslationRef } from '../../../translation';
import { SeverityField, useConfirmChange } from '../../shared';

const useStyles = makeStyles(theme => ({
  form: { marginTop: theme.spacing(2) },
  open: { marginTop: theme.spacing(1) },
}));

/** @public */
export type SeverityAssessmentReminderProps = {
  incident: IncidentDetails;
  severities: SeverityDefinition[];
  /** The incident after its severity was set. */
  onChanged(incident: IncidentDetails): void;
};

/**
 * While an open incident's severity is still to be assessed: a short notice saying so
 * and, for those who may update the incident, a button that unfolds the severity
 * guidance to set it there (folded, the rest of the page stays in the first screen). Setting it is confirmed like every other change (visibly and to screen readers).
 *
 * @public
 */
export function SeverityAssessmentReminder(
  props: SeverityAssessmentReminderProps,
) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const api = useApi(incidentsApiRef);
  const presentation = useIncidentPresentation();
  const confirmChange = useConfirmChange();
  const { incident } = props;
  const { allowed } = usePermission({
    permission: incidentUpdatePermission,
    resourceRef: incident.id,
  });
  const titleId = useUniqueId('severity-reminder-title');
  const fieldId = useUniqueId('severity-reminder-field');
  const [chosen, setChosen] = useState('');
  const [unchosen, setUnchosen] = useState(false);
  const [assessing, setAssessing] = useState(false);
  const { running, failure, run } = useAsyncAction();

  if (
    incident.severity !== null ||
    !OPEN_INCIDENT_STATUSES.includes(incident.status)
  ) {
    return null;
  }

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) {
      setUnchosen(true);
      return Promise.resolve();
    }
    return run(
      'save',
      async () => {
        const changed = await api.updateIncident(incident.id, {
          severity: chosen,
        });
        props.onChanged(changed);
        confirmChange(
          t('severityReminder.saved', {
            severity: presentation.severity(chosen, props.severities).name,
          }),
        );
      },
      message => t('severityReminder.failed', { message }),
    );
  };

  return (
    <Alert severity="warning" role="region" aria-labelledby={titleId}>
      <AlertTitle id={titleId}>
        {t('severityReminder.title', { number: incident.number })}
      </AlertTitle>
      {t('severityReminder.body')}
      {allowed && !assessing && (
        <div className={classes.open}>
          <Button
            variant="outlined"
            size="small"
            aria-expanded={false}
            onClick={() => setAssessing(true)}
          >
            {t('severityReminder.open')}
          </Button>
        </div>
      )}
      {allowed && assessing && (
        <form className={classes.form} onSubmit={save} noValidate>
          <SeverityField
            id={fieldId}
            label={t('editIncident.severityLabel')}
            severities={props.severities}
            value={chosen}
            onChange={severity => {
              setChosen(severity);
              setUnchosen(false);
            }}
            error={unchosen}
            helperText={
              unchosen
                ? t('validation.severityRequired')
                : t('editIncident.severityHelp')
            }
          />
          {failure && (
            <Alert severity="error" role="alert">
              {failure}
            </Alert>
          )}
          <Button
            type="submit"
            variant="contained"
            color="primary"
            disabled={running === 'save'}
          >
            {running === 'save'
              ? t('severityReminder.submitting')
              : t('severityReminder.submit')}
          </Button>
        </form>
      )}
    </Alert>
  );
}
