import {
  KnownErrorStatus,
  ListKnownErrorsQuery,
} from '@incident-response/backstage-plugin-incidents-common';

/** The known errors page's search and filters as the controls hold them. */
export type KnownErrorFilterValues = {
  q: string;
  statuses: KnownErrorStatus[];
  /** The team: a group that owns an affected service. */
  ownerRef: string | null;
  /** The service: an affected component, system, API or resource. */
  entityRef: string | null;
};

/** No search and no filter. */
export const NO_KNOWN_ERROR_FILTERS: KnownErrorFilterValues = {
  q: '',
  statuses: [],
  ownerRef: null,
  entityRef: null,
};

/** Whether nothing narrows the list. */
export function isUnfiltered(values: KnownErrorFilterValues): boolean {
  return JSON.stringify(values) === JSON.stringify(NO_KNOWN_ERROR_FILTERS);
}

/** The filters as `GET /known-errors` parameters. */
export function toKnownErrorListQuery(
  values: KnownErrorFilterValues,
): Omit<ListKnownErrorsQuery, 'cursor' | 'limit'> {
  return {
    ...(values.q.trim() && { q: values.q.trim() }),
    ...(values.statuses.length > 0 && { status: values.statuses }),
    ...(values.ownerRef && { ownerRef: values.ownerRef }),
    ...(values.entityRef && { entityRef: values.entityRef }),
  };
}
