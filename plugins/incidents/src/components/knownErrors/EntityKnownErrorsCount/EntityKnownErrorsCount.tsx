import Alert from '@material-ui/lab/Alert';
import { Link } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { KnownErrorStatus } from '@incident-response/backstage-plugin-incidents-common';
import { knownErrorsApiRef } from '../../../api';
import { useKnownErrorChanges, useReloadableAsync } from '../../../hooks';
import { incidentsTranslationRef } from '../../../translation';

/** The statuses of known errors that still affect a service: not fixed, not retired. */
export const AFFECTING_STATUSES: KnownErrorStatus[] = [
  'investigating',
  'workaround',
  'fix-in-progress',
];

const anyKnownError = () => true;

/** @public */
export type EntityKnownErrorsCountProps = {
  entity: Entity;
  /** The Known errors tab's path on the entity's page. */
  tabPath: string;
};

/**
 * One line for the entity's Incidents tab: how many known errors still affect it, with
 * a link to its Known errors tab. Nothing when none does (or when they cannot be
 * counted: the tab is about incidents). Follows known-error changes.
 *
 * @public
 */
export function EntityKnownErrorsCount(props: EntityKnownErrorsCountProps) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const api = useApi(knownErrorsApiRef);
  const entityLink = useRouteRef(entityRouteRef);
  const entityRef = stringifyEntityRef(props.entity);
  const { value, reload } = useReloadableAsync(
    () =>
      api.listKnownErrors({
        entityRef,
        status: AFFECTING_STATUSES,
        limit: 1,
      }),
    [api, entityRef],
  );
  useKnownErrorChanges(anyKnownError, reload);
  const count = value?.totalItems ?? value?.items.length ?? 0;
  if (count === 0) {
    return null;
  }
  return (
    <Alert severity="info">
      {t('knownErrors.entityTab.count', {
        count,
        entity: props.entity.metadata.title ?? props.entity.metadata.name,
      })}{' '}
      <Link
        to={`${entityLink(entityRouteParams(props.entity))}/${props.tabPath}`}
        underline="always"
      >
        {t('knownErrors.entityTab.countLink')}
      </Link>
    </Alert>
  );
}
