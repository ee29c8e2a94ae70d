import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import ReplayIcon from '@material-ui/icons/Replay';
import Alert from '@material-ui/lab/Alert';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  IncidentDetails,
  incidentStepsRetryPermission,
} from '@incident-response/backstage-plugin-incidents-common';
import { useRef, useState } from 'react';
import { incidentsApiRef } from '../../../api';
import { incidentsTranslationRef } from '../../../translation';
import { useWorkspaceStepText } from '../useWorkspaceStepText';
import { useErrorText } from '../../../hooks';

/** @public */
export type RetryFailedStepsProps = {
  incident: IncidentDetails;
  /** The incident with its steps as they are once the retry is queued. */
  onRetried(incident: IncidentDetails): void;
};

/**
 * "Retry failed steps", for people allowed `incident.steps.retry` and only while some
 * step failed. A dialog says which steps run again and what a retry does (it does not
 * make twice what an earlier attempt made); the outcome stays in view afterwards.
 */
export function RetryFailedSteps(props: RetryFailedStepsProps) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const errorText = useErrorText();
  const api = useApi(incidentsApiRef);
  const text = useWorkspaceStepText();
  const { allowed } = usePermission({
    permission: incidentStepsRetryPermission,
  });
  const { incident } = props;
  // The failed steps the reader saw when asking, listed in the dialog and the outcome.
  const [toRetry, setToRetry] = useState<string[]>();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [retried, setRetried] = useState<string[]>();
  const inFlight = useRef(false);

  const failedKeys = incident.steps
    .filter(step => step.status === 'failed')
    .map(step => step.key);

  const open = () => {
    setFailure(undefined);
    setToRetry(failedKeys);
  };
  const close = () => setToRetry(undefined);

  const retry = async () => {
    if (inFlight.current || !toRetry) {
      return;
    }
    inFlight.current = true;
    setSubmitting(true);
    setFailure(undefined);
    try {
      const updated = await api.retryFailedSteps(incident.id);
      setRetried(toRetry);
      setToRetry(undefined);
      props.onRetried(updated);
    } catch (error) {
      setFailure(t('workspace.retry.failed', { message: errorText(error) }));
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  };

  return (
    <>
      {retried && (
        <Alert severity="info" role="status">
          {t('workspace.retry.done', { steps: text.stepNames(retried) })}
        </Alert>
      )}
      {allowed && failedKeys.length > 0 && (
        <Button
          variant="contained"
          color="primary"
          startIcon={<ReplayIcon />}
          onClick={open}
          aria-haspopup="dialog"
        >
          {t('workspace.retry.button')}
        </Button>
      )}
      {toRetry && (
        <Dialog
          open
          onClose={submitting ? undefined : close}
          aria-labelledby="retry-steps-title"
          aria-describedby="retry-steps-explanation"
          fullWidth
          maxWidth="sm"
        >
          <DialogTitle id="retry-steps-title">
            {t('workspace.retry.dialogTitle', { number: incident.number })}
          </DialogTitle>
          <DialogContent>
            <DialogContentText component="div" id="retry-steps-explanation">
              <p>{t('workspace.retry.intro')}</p>
              <ul>
                {toRetry.map(key => (
                  <li key={key}>{text.stepName(key)}</li>
                ))}
              </ul>
              <p>{t('workspace.retry.explain')}</p>
            </DialogContentText>
            {failure && (
              <Alert severity="error" role="alert">
                {failure}
              </Alert>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={close} disabled={submitting}>
              {t('common.cancel')}
            </Button>
            <Button
              color="primary"
              variant="contained"
              onClick={retry}
              disabled={submitting}
            >
              {submitting
                ? t('workspace.retry.retrying')
                : t('workspace.retry.confirm')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
}
