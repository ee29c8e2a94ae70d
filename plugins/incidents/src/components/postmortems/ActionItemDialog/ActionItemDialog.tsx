import Box from '@material-ui/core/Box';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormLabel from '@material-ui/core/FormLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { useApi } from '@backstage/core-plugin-api';
import {
  ACTION_ITEM_KINDS,
  ACTION_ITEM_PRIORITIES,
  ActionItem,
  ActionItemKind,
  ActionItemPriority,
  IncidentDetails,
} from '@incident-response/backstage-plugin-incidents-common';
import { FormEvent } from 'react';
import { postmortemsApiRef } from '../../../api';
import { useFieldForm, useLanguage } from '../../../hooks';
import { DEFAULT_DUE_IN_DAYS, formatDay, isDay } from '../../../lib/dueDates';
import { useDescribeProblem } from '../../../lib/formProblems';
import { incidentsTranslationRef } from '../../../translation';
import { KnownErrorPicker } from '../../knownErrors';
import { CatalogEntityPicker, DateField, FormDialog } from '../../shared';
import { usePostmortemPresentation } from '../../../hooks/usePostmortemPresentation';
import {
  ACTION_ITEM_FORM_FIELDS,
  ActionItemFormField,
  ActionItemFormValues,
  newActionItemForm,
  toCreateActionItemRequest,
  validateActionItemForm,
} from './actionItemForm';

/** @public */
export type ActionItemDialogProps = {
  /** The incident whose postmortem gets the action item. */
  incident: Pick<IncidentDetails, 'id' | 'number' | 'knownErrors'>;
  /**
   * How many days from today the due date is by default: the installation's
   * `actionItemDueInDays` (`GET /config`); the handbook's 8 weeks when not given.
   */
  dueInDays?: number;
  onClose(): void;
  onSaved(item: ActionItem): void;
};

/**
 * Adds an action item to a postmortem: what will be done, the team that owns it (a
 * catalog group), who does it if one is named, the due date (the installation's default,
 * 8 weeks unless configured, from today unless changed, written out in words), priority, kind, the tracker issue and the known error
 * it removes, found by searching the known errors.
 *
 * @public
 */
export function ActionItemDialog(props: ActionItemDialogProps) {
  const words = usePostmortemPresentation();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const api = useApi(postmortemsApiRef);
  const describe = useDescribeProblem();
  const language = useLanguage();
  const { values, problems, formError, submitting, fieldId, change, submit } =
    useFieldForm<ActionItemFormValues, ActionItemFormField>({
      idPrefix: 'action-item',
      fields: ACTION_ITEM_FORM_FIELDS,
      initialValues: () =>
        newActionItemForm(
          new Date(),
          {},
          props.dueInDays ?? DEFAULT_DUE_IN_DAYS,
        ),
    });

  const save = (event: FormEvent) => {
    event.preventDefault();
    return submit(
      () => validateActionItemForm(values),
      async () => {
        props.onSaved(
          await api.createActionItem(
            props.incident.id,
            toCreateActionItemRequest(values),
          ),
        );
      },
      (_error, message) => t('actionItems.add.failed', { message }),
    );
  };

  const dueHelp = isDay(values.dueOn)
    ? t('actionItems.add.dueHelp', {
        date: formatDay(values.dueOn, language),
        count: props.dueInDays ?? DEFAULT_DUE_IN_DAYS,
      })
    : undefined;

  return (
    <FormDialog
      id="action-item"
      title={t('actionItems.add.title', { number: props.incident.number })}
      intro={t('actionItems.add.intro')}
      formError={formError}
      submitting={submitting}
      submitLabel={
        submitting
          ? t('actionItems.add.submitting')
          : t('actionItems.add.submit')
      }
      onSubmit={save}
      onClose={props.onClose}
    >
      <TextField
        id={fieldId('title')}
        label={t('actionItems.add.titleLabel')}
        value={values.title}
        onChange={e => change('title', e.target.value)}
        error={!!problems.title}
        helperText={
          describe(problems.title, {
            required: t('actionItems.add.titleRequired'),
          }) ?? t('actionItems.add.titleHelp')
        }
        required
        fullWidth
        margin="normal"
        variant="outlined"
      />
      <Box marginTop={2}>
        <CatalogEntityPicker
          id={fieldId('ownerRef')}
          label={t('actionItems.add.ownerLabel')}
          kinds={['group']}
          value={values.ownerRef}
          onChange={ownerRef => change('ownerRef', ownerRef)}
          noOptionsText={t('entityPicker.noOptions')}
          loadingText={t('entityPicker.loading')}
          error={!!problems.ownerRef}
          helperText={
            describe(problems.ownerRef, {
              required: t('actionItems.add.ownerRequired'),
            }) ?? t('actionItems.add.ownerHelp')
          }
          required
        />
      </Box>
      <Box marginTop={2}>
        <CatalogEntityPicker
          id={fieldId('assigneeRef')}
          label={t('actionItems.add.assigneeLabel')}
          kinds={['user']}
          value={values.assigneeRef}
          onChange={assigneeRef => change('assigneeRef', assigneeRef)}
          noOptionsText={t('userPicker.noOptions')}
          loadingText={t('userPicker.loading')}
          error={!!problems.assigneeRef}
          helperText={
            describe(problems.assigneeRef) ?? t('actionItems.add.assigneeHelp')
          }
        />
      </Box>
      <DateField
        id={fieldId('dueOn')}
        label={t('actionItems.add.dueLabel')}
        value={values.dueOn}
        onChange={dueOn => change('dueOn', dueOn)}
        error={!!problems.dueOn}
        helperText={
          describe(problems.dueOn, {
            required: t('actionItems.add.dueRequired'),
          }) ?? dueHelp
        }
        required
        disablePast
      />
      <FormControl component="fieldset" margin="normal" fullWidth>
        <FormLabel component="legend">
          {t('actionItems.add.priorityLabel')}
        </FormLabel>
        <RadioGroup
          row
          name="action-item-priority"
          value={values.priority}
          onChange={e =>
            change('priority', e.target.value as ActionItemPriority)
          }
        >
          {ACTION_ITEM_PRIORITIES.map((priority, index) => (
            <FormControlLabel
              key={priority}
              value={priority}
              control={
                <Radio id={index === 0 ? fieldId('priority') : undefined} />
              }
              label={words.priorityName(priority)}
            />
          ))}
        </RadioGroup>
      </FormControl>
      <FormControl component="fieldset" margin="normal" fullWidth>
        <FormLabel component="legend">
          {t('actionItems.add.kindLabel')}
        </FormLabel>
        <RadioGroup
          name="action-item-kind"
          value={values.kind}
          onChange={e => change('kind', e.target.value as ActionItemKind)}
        >
          {ACTION_ITEM_KINDS.map((kind, index) => (
            <FormControlLabel
              key={kind}
              value={kind}
              control={<Radio id={index === 0 ? fieldId('kind') : undefined} />}
              label={
                <span>
                  <Typography variant="body2" component="span">
                    {words.kindName(kind)}
                  </Typography>{' '}
                  <Typography
                    variant="caption"
                    color="textSecondary"
                    component="span"
                  >
                    {words.kindHelp(kind)}
                  </Typography>
                </span>
              }
            />
          ))}
        </RadioGroup>
      </FormControl>
      <TextField
        id={fieldId('trackerUrl')}
        label={t('actionItems.add.trackerLabel')}
        value={values.trackerUrl}
        onChange={e => change('trackerUrl', e.target.value)}
        error={!!problems.trackerUrl}
        helperText={
          describe(problems.trackerUrl) ?? t('actionItems.add.trackerHelp')
        }
        type="url"
        fullWidth
        margin="normal"
        variant="outlined"
      />
      <KnownErrorPicker
        id={fieldId('knownErrorId')}
        label={t('actionItems.add.knownErrorLabel')}
        helperText={
          describe(problems.knownErrorId) ?? t('actionItems.add.knownErrorHelp')
        }
        error={!!problems.knownErrorId}
        value={values.knownErrorId}
        onChange={knownErrorId => change('knownErrorId', knownErrorId)}
        suggested={props.incident.knownErrors}
      />
    </FormDialog>
  );
}
