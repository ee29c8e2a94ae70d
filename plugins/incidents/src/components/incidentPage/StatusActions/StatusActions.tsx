import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import Typography from '@material-ui/core/Typography';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import LockIcon from '@material-ui/icons/Lock';
import ReplayIcon from '@material-ui/icons/Replay';
import TrendingDownIcon from '@material-ui/icons/TrendingDown';
import Alert from '@material-ui/lab/Alert';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  INCIDENT_STATUS_TRANSITIONS,
  IncidentDetails,
  incidentUpdatePermission,
  IncidentStatus,
} from '@incident-response/backstage-plugin-incidents-common';
import { FormEvent, useRef, useState } from 'react';
import { incidentsApiRef } from '../../../api';
import {
  useIncidentPresentation,
  useIncidentsConfig,
  useErrorText,
} from '../../../hooks';
import { fromLocalInputValue, toLocalInputValue } from '../../../lib/dates';
import { FieldProblem, useDescribeProblem } from '../../../lib/formProblems';
import { incidentsTranslationRef } from '../../../translation';
import {
  DateTimeField,
  DialogSubmitActions,
  useConfirmChange,
} from '../../shared';
import { findTransitionProblems } from './transitions';

const ACTION_ICONS: Record<IncidentStatus, typeof CheckCircleIcon> = {
  mitigated: TrendingDownIcon,
  resolved: CheckCircleIcon,
  active: ReplayIcon,
  closed: LockIcon,
};

/** @public */
export type StatusActionsProps = {
  incident: IncidentDetails;
  /** The incident after the change. */
  onChanged(incident: IncidentDetails): void;
};

/**
 * The status changes the incident allows next (mitigate, resolve, reopen, close). Each
 * asks when it took effect (now by default), checks the milestones with the shared
 * rules and changes the status. Closing says when the severity requires an approved
 * postmortem first; the backend's refusal (409) shows in the dialog in its words.
 *
 * @public
 */
export function StatusActions(props: StatusActionsProps) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const errorText = useErrorText();
  const api = useApi(incidentsApiRef);
  const describe = useDescribeProblem();
  const { allowed } = usePermission({
    permission: incidentUpdatePermission,
    resourceRef: props.incident.id,
  });
  const { config } = useIncidentsConfig();
  const presentation = useIncidentPresentation();
  const confirmChange = useConfirmChange();
  const { incident } = props;
  const severity = presentation.severity(
    incident.severity,
    config?.severities ?? [],
  );
  const [target, setTarget] = useState<IncidentStatus>();
  const [effectiveAt, setEffectiveAt] = useState('');
  // Untouched, the change takes effect when the backend receives it (to the second).
  const [timeEdited, setTimeEdited] = useState(false);
  const [problem, setProblem] = useState<FieldProblem>();
  const [failure, setFailure] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const inFlight = useRef(false);

  const actionLabel = (status: IncidentStatus) => t(`statusActions.${status}`);
  const next = INCIDENT_STATUS_TRANSITIONS[incident.status];

  const open = (status: IncidentStatus) => {
    setTarget(status);
    setEffectiveAt(toLocalInputValue(new Date()));
    setTimeEdited(false);
    setProblem(undefined);
    setFailure(undefined);
  };
  const close = () => setTarget(undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!target || inFlight.current) {
      return;
    }
    const now = new Date();
    const at = timeEdited ? fromLocalInputValue(effectiveAt) : undefined;
    if (timeEdited && !at) {
      setProblem({ rule: 'required' });
      return;
    }
    const first = findTransitionProblems(
      incident,
      target,
      at ?? now.toISOString(),
      now,
    )[0];
    if (first) {
      setProblem(first);
      return;
    }
    inFlight.current = true;
    setSubmitting(true);
    setFailure(undefined);
    try {
      const changed = await api.transitionIncident(incident.id, {
        status: target,
        ...(at && { at }),
      });
      setTarget(undefined);
      props.onChanged(changed);
      confirmChange(
        t('confirmations.status', {
          status: presentation.statusName(changed.status),
        }),
      );
    } catch (error) {
      setFailure(t('statusActions.failed', { message: errorText(error) }));
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  };

  if (next.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {t('statusActions.noneLeft')}
      </Typography>
    );
  }
  if (!allowed) {
    return null;
  }
  return (
    <>
      <Box
        display="flex"
        flexWrap="wrap"
        gridGap={8}
        role="group"
        aria-label={t('statusActions.title')}
      >
        {next.map(status => {
          const Icon = ACTION_ICONS[status];
          return (
            <Button
              key={status}
              variant={status === 'active' ? 'outlined' : 'contained'}
              color={status === 'active' ? 'default' : 'primary'}
              startIcon={<Icon />}
              onClick={() => open(status)}
              aria-haspopup="dialog"
            >
              {actionLabel(status)}
            </Button>
          );
        })}
      </Box>
      {target && (
        <Dialog
          open
          onClose={submitting ? undefined : close}
          aria-labelledby="status-action-title"
          aria-describedby="status-action-explanation"
          fullWidth
          maxWidth="sm"
        >
          <form onSubmit={submit} noValidate>
            <DialogTitle id="status-action-title">
              {t('statusActions.dialogTitle', {
                action: actionLabel(target),
                number: incident.number,
              })}
            </DialogTitle>
            <DialogContent>
              <DialogContentText id="status-action-explanation">
                {t(`statusActions.explain.${target}`)}
              </DialogContentText>
              {target === 'closed' && severity.postmortemRequired && (
                <DialogContentText>
                  {t('statusActions.postmortemGate', {
                    severity: severity.name,
                  })}
                </DialogContentText>
              )}
              {target === 'closed' && !severity.assessed && (
                <DialogContentText>
                  {t('statusActions.severityGate')}
                </DialogContentText>
              )}
              {failure && (
                <Alert severity="error" role="alert">
                  {failure}
                </Alert>
              )}
              <DateTimeField
                id="status-action-effective-at"
                label={t('statusActions.effectiveAtLabel')}
                value={effectiveAt}
                onChange={value => {
                  setEffectiveAt(value);
                  setTimeEdited(true);
                  setProblem(undefined);
                }}
                error={!!problem}
                helperText={
                  describe(problem) ?? t('statusActions.effectiveAtHelp')
                }
                margin="normal"
              />
            </DialogContent>
            <DialogSubmitActions
              onCancel={close}
              submitting={submitting}
              submitLabel={actionLabel(target)}
            />
          </form>
        </Dialog>
      )}
    </>
  );
}
