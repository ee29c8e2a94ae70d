import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  KnownError,
  KnownErrorStatus,
} from '@incident-response/backstage-plugin-incidents-common';
import { FormEvent } from 'react';
import { knownErrorsApiRef } from '../../../api';
import { useFieldForm } from '../../../hooks';
import { useDescribeProblem } from '../../../lib/formProblems';
import { incidentsTranslationRef } from '../../../translation';
import { EntityRefsField, FormDialog } from '../../shared';
import { useKnownErrorPresentation } from '../useKnownErrorPresentation';
import {
  KNOWN_ERROR_FORM_FIELDS,
  KnownErrorFormField,
  KnownErrorFormValues,
  knownErrorFormOf,
  newKnownErrorForm,
  statusChoices,
  toCreateKnownErrorRequest,
  toUpdateKnownErrorRequest,
  validateKnownErrorForm,
} from './knownErrorForm';

const useStyles = makeStyles(theme => ({
  section: { marginTop: theme.spacing(3) },
  statusOption: { alignItems: 'flex-start', marginBottom: theme.spacing(1) },
  statusText: { paddingTop: theme.spacing(1) },
}));

/** @public */
export type KnownErrorDialogProps = {
  /** The known error to edit; a new one is recorded when left out. */
  knownError?: KnownError;
  /** For a new one: what the form starts with (e.g. from an incident). */
  prefill?: Partial<KnownErrorFormValues>;
  /** For a new one: the incidents it caused, linked when it is recorded. */
  incidentRefs?: string[];
  onClose(): void;
  /** The known error as recorded or saved. */
  onSaved(knownError: KnownError): void;
};

/**
 * Records a known error or edits one, with the same form: problem, symptoms, affected
 * services, root cause, workaround, permanent fix and its link, status. The backend's
 * rules are checked before sending and its errors shown on the field they name; an edit
 * sends only what changed.
 *
 * @public
 */
export function KnownErrorDialog(props: KnownErrorDialogProps) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const api = useApi(knownErrorsApiRef);
  const describe = useDescribeProblem();
  const presentation = useKnownErrorPresentation();
  const { knownError } = props;
  const { values, problems, formError, submitting, fieldId, change, submit } =
    useFieldForm<KnownErrorFormValues, KnownErrorFormField>({
      idPrefix: 'known-error',
      fields: KNOWN_ERROR_FORM_FIELDS,
      initialValues: () =>
        knownError
          ? knownErrorFormOf(knownError)
          : newKnownErrorForm(props.prefill),
    });

  const submitLabel = knownError
    ? t('knownErrors.form.submitEdit')
    : t('knownErrors.form.submitCreate');

  const save = (event: FormEvent) => {
    event.preventDefault();
    return submit(
      () => validateKnownErrorForm(values, knownError?.status),
      async () => {
        if (!knownError) {
          props.onSaved(
            await api.createKnownError(
              toCreateKnownErrorRequest(values, props.incidentRefs),
            ),
          );
          return;
        }
        const request = toUpdateKnownErrorRequest(knownError, values);
        if (Object.keys(request).length === 0) {
          props.onClose();
          return;
        }
        props.onSaved(await api.updateKnownError(knownError.id, request));
      },
      (_error, message) => t('knownErrors.form.failed', { message }),
    );
  };

  const textField = (
    field: 'title' | 'symptoms' | 'rootCause' | 'workaround' | 'permanentFix',
    options: { required?: string; multiline?: boolean } = {},
  ) => (
    <TextField
      id={fieldId(field)}
      className={classes.section}
      label={t(`knownErrors.form.${field}Label`)}
      value={values[field]}
      onChange={e => change(field, e.target.value)}
      error={!!problems[field]}
      helperText={
        describe(problems[field], { required: options.required }) ??
        t(`knownErrors.form.${field}Help`)
      }
      required={!!options.required}
      multiline={options.multiline}
      minRows={options.multiline ? 3 : undefined}
      fullWidth
      variant="outlined"
    />
  );

  return (
    <FormDialog
      id="known-error"
      title={
        knownError
          ? t('knownErrors.form.editTitle', { number: knownError.number })
          : t('knownErrors.form.createTitle')
      }
      intro={t('knownErrors.form.intro')}
      formError={formError}
      submitting={submitting}
      submitLabel={submitting ? t('knownErrors.form.submitting') : submitLabel}
      onSubmit={save}
      onClose={props.onClose}
    >
      {textField('title', {
        required: t('validation.knownErrorTitleRequired'),
      })}
      {textField('symptoms', {
        required: t('validation.symptomsRequired'),
        multiline: true,
      })}
      <EntityRefsField
        id={fieldId('entityRefs')}
        className={classes.section}
        label={t('knownErrors.form.servicesLabel')}
        help={t('knownErrors.form.servicesHelp')}
        addLabel={t('knownErrors.form.addService')}
        value={values.entityRefs}
        onChange={entityRefs => change('entityRefs', entityRefs)}
        problem={describe(problems.entityRefs, {
          required: t('validation.entityRefsRequired'),
        })}
      />
      {textField('rootCause', { multiline: true })}
      {textField('workaround', { multiline: true })}
      {textField('permanentFix', { multiline: true })}
      <TextField
        id={fieldId('fixUrl')}
        className={classes.section}
        label={t('knownErrors.form.fixUrlLabel')}
        value={values.fixUrl}
        onChange={e => change('fixUrl', e.target.value)}
        error={!!problems.fixUrl}
        helperText={
          describe(problems.fixUrl) ?? t('knownErrors.form.fixUrlHelp')
        }
        type="url"
        fullWidth
        variant="outlined"
      />
      <FormControl
        component="fieldset"
        className={classes.section}
        error={!!problems.status}
        fullWidth
      >
        <FormLabel component="legend">
          {t('knownErrors.form.statusLabel')}
        </FormLabel>
        <RadioGroup
          aria-label={t('knownErrors.form.statusLabel')}
          name="known-error-status"
          value={values.status}
          onChange={e => change('status', e.target.value as KnownErrorStatus)}
        >
          {statusChoices(knownError?.status).map((status, index) => (
            <FormControlLabel
              key={status}
              value={status}
              className={classes.statusOption}
              control={
                <Radio id={index === 0 ? fieldId('status') : undefined} />
              }
              label={
                <div className={classes.statusText}>
                  <Typography variant="body2">
                    {presentation.statusName(status)}
                  </Typography>
                  <Typography variant="caption" color="textSecondary">
                    {presentation.statusHelp(status)}
                  </Typography>
                </div>
              }
            />
          ))}
        </RadioGroup>
        {problems.status && (
          <FormHelperText>{describe(problems.status)}</FormHelperText>
        )}
      </FormControl>
    </FormDialog>
  );
}
