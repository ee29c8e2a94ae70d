import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  ActionItem,
  knownErrorUpdatePermission,
} from '@incident-response/backstage-plugin-incidents-common';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { knownErrorsApiRef } from '../../../api';
import { useAsyncAction } from '../../../hooks';
import { knownErrorRouteRef } from '../../../routes';
import { incidentsTranslationRef } from '../../../translation';

/** @public */
export type KnownErrorFixOfferProps = {
  /** The action item that completed the last open one of its known error. */
  item: Pick<ActionItem, 'title' | 'knownErrorId'>;
  onDismiss(): void;
};

/**
 * After the last open action item of a known error is done: offers to mark the known
 * error fixed (for people allowed `knownError.update`), unless it is fixed or retired
 * already.
 *
 * @public
 */
export function KnownErrorFixOffer(props: KnownErrorFixOfferProps) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const api = useApi(knownErrorsApiRef);
  const knownErrorLink = useRouteRef(knownErrorRouteRef);
  const { running, failure, run } = useAsyncAction();
  const [fixed, setFixed] = useState(false);
  const knownErrorId = props.item.knownErrorId ?? '';
  const { value: knownError } = useAsync(
    () => api.getKnownError(knownErrorId),
    [api, knownErrorId],
  );
  // Asked about the known error as loaded (its id); denied until it is.
  const { allowed } = usePermission({
    permission: knownErrorUpdatePermission,
    resourceRef: knownError?.id,
  });

  if (!knownError) {
    return null;
  }
  if (fixed) {
    return (
      <Alert severity="success" role="status" onClose={props.onDismiss}>
        {t('actionItems.knownErrorReady.fixed', { number: knownError.number })}
      </Alert>
    );
  }
  if (knownError.status === 'fixed' || knownError.status === 'retired') {
    return null;
  }
  const markFixed = t('actionItems.knownErrorReady.markFixed', {
    number: knownError.number,
  });
  return (
    <Alert
      severity="info"
      role="status"
      action={
        <>
          {allowed && (
            <Button
              color="primary"
              variant="contained"
              size="small"
              disabled={running !== undefined}
              onClick={() =>
                run(
                  'fix',
                  async () => {
                    await api.updateKnownError(knownError.id, {
                      status: 'fixed',
                    });
                    setFixed(true);
                  },
                  message =>
                    t('actionItems.knownErrorReady.failed', { message }),
                )
              }
            >
              {markFixed}
            </Button>
          )}
          <Button size="small" onClick={props.onDismiss}>
            {t('actionItems.knownErrorReady.dismiss')}
          </Button>
        </>
      }
    >
      {t('actionItems.knownErrorReady.message', {
        title: props.item.title,
        knownError: (
          <Link
            to={knownErrorLink({ id: knownError.number })}
            underline="always"
          >
            {t('common.numbered', {
              number: knownError.number,
              title: knownError.title,
            })}
          </Link>
        ),
      })}
      {failure && <div role="alert">{failure}</div>}
    </Alert>
  );
}
