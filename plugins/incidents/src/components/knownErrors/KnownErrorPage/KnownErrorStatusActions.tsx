import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  KNOWN_ERROR_STATUS_TRANSITIONS,
  KnownError,
  knownErrorUpdatePermission,
} from '@incident-response/backstage-plugin-incidents-common';
import { knownErrorsApiRef } from '../../../api';
import { useAsyncAction, useUniqueId } from '../../../hooks';
import { incidentsTranslationRef } from '../../../translation';
import { useKnownErrorPresentation } from '../useKnownErrorPresentation';
import { useConfirmChange } from '../../shared';

/**
 * The status changes a known error allows (KNOWN_ERROR_STATUS_TRANSITIONS), in plain
 * words ("Workaround available", "Fixed", "Investigating again"), for people allowed
 * `knownError.update`. Each button changes the status at once; the history records it.
 */
export function KnownErrorStatusActions(props: {
  knownError: KnownError;
  onChanged(): void;
}) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const api = useApi(knownErrorsApiRef);
  const { allowed } = usePermission({
    permission: knownErrorUpdatePermission,
    resourceRef: props.knownError.id,
  });
  const { moveName, statusHelp } = useKnownErrorPresentation();
  const labelId = useUniqueId('known-error-status-actions');
  const { running, failure, run } = useAsyncAction();
  const confirmChange = useConfirmChange();
  const { knownError } = props;
  if (!allowed) {
    return null;
  }
  return (
    <Box role="group" aria-labelledby={labelId}>
      <Typography variant="subtitle2" component="h3" id={labelId}>
        {t('knownErrors.page.changeStatus')}
      </Typography>
      <Box display="flex" flexWrap="wrap" gridGap={8} marginTop={1}>
        {KNOWN_ERROR_STATUS_TRANSITIONS[knownError.status].map(status => (
          <Button
            key={status}
            variant="outlined"
            size="small"
            title={statusHelp(status)}
            disabled={running !== undefined}
            onClick={() =>
              run(
                status,
                async () => {
                  await api.updateKnownError(knownError.id, { status });
                  props.onChanged();
                  confirmChange(
                    t('confirmations.knownError.status', {
                      status: t(`knownErrors.statuses.${status}`),
                    }),
                  );
                },
                message => t('knownErrors.page.statusFailed', { message }),
              )
            }
          >
            {moveName(status)}
          </Button>
        ))}
      </Box>
      {failure && (
        <Box marginTop={1}>
          <Alert severity="error" role="alert">
            {failure}
          </Alert>
        </Box>
      )}
    </Box>
  );
}
