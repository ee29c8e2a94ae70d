import FormLabel from '@material-ui/core/FormLabel';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import { makeStyles } from '@material-ui/core/styles';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  IncidentDetails,
  SeverityDefinition,
} from '@incident-response/backstage-plugin-incidents-common';
import { FormEvent } from 'react';
import { incidentsApiRef } from '../../../api';
import { useFieldForm } from '../../../hooks';
import { useDescribeProblem } from '../../../lib/formProblems';
import { incidentsTranslationRef } from '../../../translation';
import { DateTimeField, FormDialog, SeverityField } from '../../shared';
import {
  EDIT_FORM_FIELDS,
  EditFormField,
  EditFormValues,
  editableMilestonesOf,
  initialEditForm,
  toUpdateRequest,
  validateEditForm,
} from './editForm';

const useStyles = makeStyles(theme => ({
  section: { marginTop: theme.spacing(3) },
}));

/** @public */
export type EditIncidentDialogProps = {
  incident: IncidentDetails;
  severities: SeverityDefinition[];
  onClose(): void;
  /** The incident after the change. */
  onSaved(incident: IncidentDetails): void;
};

/**
 * Edits what the incident lead keeps current (title, severity, summary, impact,
 * description) and corrects its milestones. Sends only what changed; the backend writes
 * a timeline entry for each change.
 *
 * @public
 */
export function EditIncidentDialog(props: EditIncidentDialogProps) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const api = useApi(incidentsApiRef);
  const describe = useDescribeProblem();
  const { incident } = props;
  const { values, problems, formError, submitting, fieldId, change, submit } =
    useFieldForm<EditFormValues, EditFormField>({
      idPrefix: 'edit-incident',
      fields: EDIT_FORM_FIELDS,
      initialValues: () => initialEditForm(incident),
    });

  const save = (event: FormEvent) => {
    event.preventDefault();
    return submit(
      () =>
        validateEditForm(incident, values, {
          now: new Date(),
          severityIds: props.severities.map(s => s.id),
        }),
      async () => {
        const request = toUpdateRequest(incident, values);
        if (Object.keys(request).length === 0) {
          props.onClose();
          return;
        }
        props.onSaved(await api.updateIncident(incident.id, request));
      },
      (_error, message) => t('editIncident.failed', { message }),
    );
  };

  const textField = (
    field: 'title' | 'summary' | 'impact' | 'description',
    help?: string,
  ) => (
    <TextField
      id={fieldId(field)}
      className={classes.section}
      label={t(`editIncident.${field}Label`)}
      value={values[field]}
      onChange={e => change(field, e.target.value)}
      error={!!problems[field]}
      helperText={
        describe(problems[field], {
          required: t('validation.titleRequired'),
        }) ?? help
      }
      required={field === 'title'}
      multiline={field !== 'title'}
      minRows={field === 'title' ? undefined : 2}
      fullWidth
      variant="outlined"
    />
  );

  return (
    <FormDialog
      id="edit-incident"
      title={t('editIncident.title', { number: incident.number })}
      formError={formError}
      submitting={submitting}
      submitLabel={
        submitting ? t('editIncident.submitting') : t('editIncident.submit')
      }
      onSubmit={save}
      onClose={props.onClose}
    >
      {textField('title')}
      <SeverityField
        id={fieldId('severity')}
        className={classes.section}
        label={t('editIncident.severityLabel')}
        severities={props.severities}
        value={values.severity}
        onChange={severity => change('severity', severity)}
        allowUnassessed={incident.severity === null}
        error={!!problems.severity}
        helperText={
          describe(problems.severity, {
            required: t('validation.severityRequired'),
          }) ?? t('editIncident.severityHelp')
        }
      />
      {textField('summary', t('editIncident.summaryHelp'))}
      {textField('impact', t('editIncident.impactHelp'))}
      {textField('description', t('declare.descriptionHelp'))}
      <FormLabel component="legend" className={classes.section}>
        {t('editIncident.milestonesLabel')}
      </FormLabel>
      <Grid container spacing={2}>
        {editableMilestonesOf(incident).map(field => (
          <Grid item xs={12} sm={6} key={field}>
            <DateTimeField
              id={fieldId(field)}
              label={t(`milestones.${field}`)}
              value={values[field]}
              onChange={value => change(field, value)}
              error={!!problems[field]}
              helperText={describe(problems[field]) ?? t('declare.timesHelp')}
              required={field !== 'detectedAt'}
              margin="dense"
            />
          </Grid>
        ))}
      </Grid>
    </FormDialog>
  );
}
