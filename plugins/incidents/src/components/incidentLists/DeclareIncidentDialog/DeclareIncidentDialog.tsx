import Box from '@material-ui/core/Box';
import Checkbox from '@material-ui/core/Checkbox';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import Grid from '@material-ui/core/Grid';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ResponseError } from '@backstage/errors';
import { EntityRefLinks } from '@backstage/plugin-catalog-react';
import {
  IncidentDetails,
  IncidentMode,
  SeverityDefinition,
} from '@incident-response/backstage-plugin-incidents-common';
import { FormEvent, useState } from 'react';
import { incidentsApiRef } from '../../../api';
import { useEntityOwners, useFieldForm } from '../../../hooks';
import { useDescribeProblem } from '../../../lib/formProblems';
import { newIdempotencyKey } from '../../../lib/idempotencyKey';
import { incidentsTranslationRef } from '../../../translation';
import { KnownErrorSuggestions } from '../../knownErrors';
import {
  DateTimeField,
  EntityRefsField,
  FormDialog,
  SeverityField,
} from '../../shared';
import {
  DECLARE_FORM_FIELDS,
  DeclareFormField,
  DeclareFormValues,
  initialDeclareForm,
  toDeclareRequest,
  validateDeclareForm,
} from './declareForm';

const useStyles = makeStyles(theme => ({
  section: { marginTop: theme.spacing(3) },
}));

/** @public */
export type DeclareIncidentDialogProps = {
  /** The affected entities to start with, e.g. the entity whose page the user is on. */
  entityRefs: string[];
  severities: SeverityDefinition[];
  onClose(): void;
  /** Called once the incident exists (or, on a retry, the one the first attempt created). */
  onDeclared(incident: IncidentDetails): void;
};

/**
 * The declare dialog. Mount it for each opening: it generates one Idempotency-Key when
 * it mounts and sends it with every attempt, so a double click or a retry after a
 * network error gives one incident.
 *
 * @public
 */
export function DeclareIncidentDialog(props: DeclareIncidentDialogProps) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const api = useApi(incidentsApiRef);
  const describe = useDescribeProblem();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const { values, problems, formError, submitting, fieldId, change, submit } =
    useFieldForm<DeclareFormValues, DeclareFormField>({
      idPrefix: 'declare-incident',
      fields: DECLARE_FORM_FIELDS,
      initialValues: () =>
        initialDeclareForm({ entityRefs: props.entityRefs, now: new Date() }),
    });
  const { ownerRefs, loading: ownersLoading } = useEntityOwners(
    values.entityRefs,
  );

  const declare = (event: FormEvent) => {
    event.preventDefault();
    return submit(
      () =>
        validateDeclareForm(values, {
          now: new Date(),
          severityIds: props.severities.map(s => s.id),
        }),
      async () => {
        props.onDeclared(
          await api.declareIncident(toDeclareRequest(values), {
            idempotencyKey,
          }),
        );
      },
      (error, message) =>
        error instanceof ResponseError
          ? t('declare.failed', { message })
          : // No answer: the incident may exist. The same key makes a retry safe.
            `${message} ${t('declare.failedRetry')}`,
    );
  };

  const problemText = (field: DeclareFormField, required?: string) =>
    describe(problems[field], { required });
  const timeField = (
    field: 'impactStartedAt' | 'detectedAt' | 'resolvedAt',
    label: string,
    required: boolean,
  ) => (
    <Grid item xs={12} sm={4}>
      <DateTimeField
        id={fieldId(field)}
        label={label}
        value={values[field]}
        onChange={value => change(field, value)}
        error={!!problems[field]}
        helperText={problemText(field) ?? t('declare.timesHelp')}
        required={required}
        size="small"
      />
    </Grid>
  );

  return (
    <FormDialog
      id="declare-incident"
      title={t('declare.title')}
      intro={t('declare.intro')}
      formError={formError}
      submitting={submitting}
      submitLabel={submitting ? t('declare.submitting') : t('declare.submit')}
      onSubmit={declare}
      onClose={props.onClose}
    >
      <TextField
        id={fieldId('title')}
        className={classes.section}
        label={t('declare.titleLabel')}
        value={values.title}
        onChange={e => change('title', e.target.value)}
        error={!!problems.title}
        helperText={
          problemText('title', t('validation.titleRequired')) ??
          t('declare.titleHelp')
        }
        required
        fullWidth
        variant="outlined"
      />

      {/* Known errors first: a responder may recognise one before anything else. */}
      <KnownErrorSuggestions
        className={classes.section}
        entityRef={values.entityRefs[0]}
        text={`${values.title}\n${values.description}`}
        selectedIds={values.knownErrorIds}
        onChange={ids => change('knownErrorIds', ids)}
      />

      <SeverityField
        id={fieldId('severity')}
        className={classes.section}
        label={t('declare.severityLabel')}
        severities={props.severities}
        value={values.severity}
        onChange={severity => change('severity', severity)}
        allowUnassessed
        error={!!problems.severity}
        helperText={
          problemText('severity', t('validation.severityRequired')) ??
          t('declare.severityHelp')
        }
      />

      <FormControl component="fieldset" className={classes.section} fullWidth>
        <FormLabel component="legend">{t('declare.modeLabel')}</FormLabel>
        <RadioGroup
          row
          aria-label={t('declare.modeLabel')}
          name="mode"
          value={values.mode}
          onChange={e => change('mode', e.target.value as IncidentMode)}
        >
          <FormControlLabel
            value="live"
            control={<Radio id={fieldId('mode')} />}
            label={t('declare.modeLive')}
          />
          <FormControlLabel
            value="retrospective"
            control={<Radio />}
            label={t('declare.modeRetrospective')}
          />
        </RadioGroup>
        {values.mode === 'retrospective' && (
          <FormHelperText>{t('declare.modeRetrospectiveHelp')}</FormHelperText>
        )}
      </FormControl>

      <Grid container spacing={2} className={classes.section}>
        {timeField('impactStartedAt', t('declare.impactStartedAtLabel'), true)}
        {timeField(
          'detectedAt',
          t('declare.detectedAtLabel'),
          values.mode === 'live',
        )}
        {values.mode === 'retrospective' &&
          timeField('resolvedAt', t('declare.resolvedAtLabel'), true)}
      </Grid>

      <Box className={classes.section}>
        <FormControlLabel
          control={
            <Checkbox
              checked={values.security}
              onChange={e => change('security', e.target.checked)}
              inputProps={{
                'aria-describedby': 'declare-incident-security-help',
              }}
            />
          }
          label={t('declare.securityLabel')}
        />
        <FormHelperText id="declare-incident-security-help">
          {t('declare.securityHelp')}
        </FormHelperText>
        {values.security && (
          <Alert severity="warning" role="note">
            {t('declare.securityNote')}
          </Alert>
        )}
        <FormControlLabel
          control={
            <Checkbox
              checked={values.drill}
              onChange={e => change('drill', e.target.checked)}
            />
          }
          label={t('declare.drillLabel')}
        />
      </Box>

      <TextField
        id={fieldId('description')}
        className={classes.section}
        label={t('declare.descriptionLabel')}
        value={values.description}
        onChange={e => change('description', e.target.value)}
        error={!!problems.description}
        helperText={problemText('description') ?? t('declare.descriptionHelp')}
        multiline
        minRows={3}
        fullWidth
        variant="outlined"
      />

      <EntityRefsField
        id={fieldId('entityRefs')}
        className={classes.section}
        label={t('declare.servicesLabel')}
        help={t('declare.servicesHelp')}
        addLabel={t('declare.addService')}
        value={values.entityRefs}
        onChange={entityRefs => change('entityRefs', entityRefs)}
        problem={problemText('entityRefs', t('validation.entityRefsRequired'))}
      />

      <Box className={classes.section}>
        <Typography variant="subtitle2" component="h3">
          {t('declare.ownersLabel')}
        </Typography>
        <Typography variant="body2" component="div" aria-live="polite">
          {values.entityRefs.length === 0 && t('declare.ownersNoService')}
          {values.entityRefs.length > 0 &&
            !ownersLoading &&
            ownerRefs.length === 0 &&
            t('declare.ownersNone')}
          {ownerRefs.length > 0 && (
            <EntityRefLinks entityRefs={ownerRefs} defaultKind="group" />
          )}
        </Typography>
        <FormHelperText>{t('declare.ownersHelp')}</FormHelperText>
      </Box>
    </FormDialog>
  );
}
