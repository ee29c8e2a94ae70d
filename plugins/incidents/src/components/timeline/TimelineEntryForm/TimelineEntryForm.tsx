import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormGroup from '@material-ui/core/FormGroup';
import FormLabel from '@material-ui/core/FormLabel';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  composeStatusUpdate,
  INCIDENT_LIMITS,
  Incident,
  incidentUpdatePermission,
  SeverityDefinition,
  StatusUpdateParts,
  TimelineEntry,
  USER_TIMELINE_ENTRY_KINDS,
  UserTimelineEntryKind,
} from '@incident-response/backstage-plugin-incidents-common';
import { FormEvent, useRef, useState } from 'react';
import { incidentsApiRef } from '../../../api';
import { useIncidentPresentation, useErrorText } from '../../../hooks';
import { FormProblems, useDescribeProblem } from '../../../lib/formProblems';
import { locateError } from '../../../lib/inputErrors';
import { visuallyHidden } from '../../../lib/visuallyHidden';
import { incidentsTranslationRef } from '../../../translation';
import { useConfirmChange } from '../../shared';

const CHECKLIST = [
  'impact',
  'affected',
  'rootCause',
  'eta',
  'nextUpdate',
] as const;

type EntryField = 'body' | keyof StatusUpdateParts;

const EMPTY_PARTS: StatusUpdateParts = {
  summary: '',
  currentStatus: '',
  nextSteps: '',
  nextUpdate: '',
};

const useStyles = makeStyles(theme => ({
  title: visuallyHidden,
  // Kind, text and button on one line: the newest entries stay in the first screen.
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    gap: theme.spacing(0, 1),
  },
  kind: { minWidth: 180 },
  body: { flex: '1 1 240px' },
  add: { marginTop: theme.spacing(1) },
  checklist: {
    marginTop: theme.spacing(2),
    padding: theme.spacing(1, 2),
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
  },
}));

/** @public */
export type TimelineEntryFormProps = {
  incident: Incident;
  severities: SeverityDefinition[];
  onAdded(entry: TimelineEntry): void;
};

/**
 * Adds a note, decision, action or status update to the timeline. A status update is
 * written in the handbook's pattern (summary, current status, next steps, next update)
 * next to its review checklist.
 *
 * @public
 */
export function TimelineEntryForm(props: TimelineEntryFormProps) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const errorText = useErrorText();
  const api = useApi(incidentsApiRef);
  const presentation = useIncidentPresentation();
  const describe = useDescribeProblem();
  const confirmChange = useConfirmChange();
  const { allowed } = usePermission({
    permission: incidentUpdatePermission,
    resourceRef: props.incident.id,
  });
  const [kind, setKind] = useState<UserTimelineEntryKind>('note');
  const [body, setBody] = useState('');
  const [parts, setParts] = useState<StatusUpdateParts>(EMPTY_PARTS);
  const [checked, setChecked] = useState<string[]>([]);
  const [problems, setProblems] = useState<FormProblems<EntryField>>({});
  const [failure, setFailure] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const inFlight = useRef(false);

  if (!allowed) {
    return null;
  }

  const isStatusUpdate = kind === 'status-update';
  const severity = presentation.severity(
    props.incident.severity,
    props.severities,
  );
  const composedBody = () =>
    isStatusUpdate
      ? composeStatusUpdate(parts, {
          // The handbook's title starts with the severity's id; until it is assessed,
          // with the words that say so.
          severity: severity.assessed ? severity.id : severity.name,
          title: props.incident.title,
          headings: {
            currentStatus: t('timeline.form.composedCurrentStatus'),
            nextSteps: t('timeline.form.composedNextSteps'),
            nextUpdate: t('timeline.form.composedNextUpdate'),
          },
        })
      : body;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (inFlight.current) {
      return;
    }
    const found: FormProblems<EntryField> = {};
    if (isStatusUpdate) {
      for (const field of Object.keys(EMPTY_PARTS) as Array<
        keyof StatusUpdateParts
      >) {
        if (parts[field].trim() === '') {
          found[field] = { rule: 'required' };
        }
      }
    } else if (body.trim() === '') {
      found.body = { rule: 'required' };
    }
    const text = composedBody();
    if (text.length > INCIDENT_LIMITS.textMaxLength) {
      found[isStatusUpdate ? 'summary' : 'body'] = {
        rule: 'too-long',
        max: INCIDENT_LIMITS.textMaxLength,
      };
    }
    setProblems(found);
    setFailure(undefined);
    if (Object.values(found).some(Boolean)) {
      return;
    }
    inFlight.current = true;
    setSubmitting(true);
    try {
      const entry = await api.appendTimelineEntry(props.incident.id, {
        kind,
        body: text,
      });
      setBody('');
      setParts(EMPTY_PARTS);
      setChecked([]);
      props.onAdded(entry);
      confirmChange(
        t('confirmations.timeline', { kind: t(`timeline.kinds.${kind}`) }),
      );
    } catch (error) {
      if (locateError(error, ['body']) && !isStatusUpdate) {
        setProblems({ body: { rule: 'server', message: errorText(error) } });
      } else {
        setFailure(t('timeline.form.failed', { message: errorText(error) }));
      }
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  };

  const partField = (
    field: keyof StatusUpdateParts,
    label: string,
    help: string,
    rows: number,
  ) => (
    <TextField
      id={`timeline-entry-${field}`}
      label={label}
      value={parts[field]}
      onChange={e => {
        setParts(p => ({ ...p, [field]: e.target.value }));
        setProblems(p => ({ ...p, [field]: undefined }));
      }}
      error={!!problems[field]}
      helperText={describe(problems[field]) ?? help}
      multiline={rows > 1}
      minRows={rows > 1 ? rows : undefined}
      required
      fullWidth
      margin="dense"
      variant="outlined"
    />
  );

  const addButton = (
    <Button
      type="submit"
      color="primary"
      variant="contained"
      disabled={submitting}
      className={classes.add}
    >
      {t('timeline.form.submit')}
    </Button>
  );

  return (
    <form onSubmit={submit} noValidate aria-label={t('timeline.form.title')}>
      <Typography variant="subtitle1" component="h3" className={classes.title}>
        {t('timeline.form.title')}
      </Typography>
      {failure && (
        <Alert severity="error" role="alert">
          {failure}
        </Alert>
      )}
      <div className={classes.row}>
        <TextField
          id="timeline-entry-kind"
          select
          label={t('timeline.form.kindLabel')}
          value={kind}
          onChange={e => {
            setKind(e.target.value as UserTimelineEntryKind);
            setProblems({});
          }}
          margin="dense"
          variant="outlined"
          className={classes.kind}
        >
          {USER_TIMELINE_ENTRY_KINDS.map(option => (
            <MenuItem key={option} value={option}>
              {t(`timeline.kinds.${option}`)}
            </MenuItem>
          ))}
        </TextField>
        {!isStatusUpdate && (
          <>
            <TextField
              id="timeline-entry-body"
              label={t('timeline.form.bodyLabel')}
              value={body}
              onChange={e => {
                setBody(e.target.value);
                setProblems({});
              }}
              error={!!problems.body}
              helperText={
                describe(problems.body, {
                  required: t('validation.bodyRequired'),
                }) ?? t('timeline.form.bodyHelp')
              }
              multiline
              maxRows={12}
              required
              margin="dense"
              variant="outlined"
              className={classes.body}
            />
            {addButton}
          </>
        )}
      </div>
      {isStatusUpdate && (
        <>
          <Typography variant="body2" color="textSecondary">
            {t('timeline.form.statusUpdateIntro')}
          </Typography>
          {partField(
            'summary',
            t('timeline.form.summaryLabel'),
            t('timeline.form.summaryHelp'),
            2,
          )}
          {partField(
            'currentStatus',
            t('timeline.form.currentStatusLabel'),
            t('timeline.form.bulletsHelp'),
            3,
          )}
          {partField(
            'nextSteps',
            t('timeline.form.nextStepsLabel'),
            t('timeline.form.bulletsHelp'),
            3,
          )}
          {partField('nextUpdate', t('timeline.form.nextUpdateLabel'), '', 1)}
          <fieldset className={classes.checklist}>
            <FormLabel component="legend">
              {t('timeline.form.checklistTitle')}
            </FormLabel>
            <FormGroup>
              {CHECKLIST.map(item => (
                <FormControlLabel
                  key={item}
                  control={
                    <Checkbox
                      size="small"
                      checked={checked.includes(item)}
                      onChange={e =>
                        setChecked(c =>
                          e.target.checked
                            ? [...c, item]
                            : c.filter(x => x !== item),
                        )
                      }
                    />
                  }
                  label={t(`timeline.form.checklist.${item}`)}
                />
              ))}
            </FormGroup>
            <Typography variant="caption" color="textSecondary">
              {t('timeline.form.unknownsHint')}
            </Typography>
          </fieldset>
          <Box display="flex" justifyContent="flex-end" marginTop={1}>
            {addButton}
          </Box>
        </>
      )}
    </form>
  );
}
