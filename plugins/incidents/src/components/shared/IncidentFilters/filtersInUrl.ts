import {
  INCIDENT_STATUSES,
  isOneOf,
} from '@incident-response/backstage-plugin-incidents-common';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { IncidentFilterValues } from './IncidentFilters';

/**
 * The incidents page's filters in its address (`?owner=group:default/sre&status=active`),
 * so that a filtered list can be linked to (a team's incidents), bookmarked and shared.
 */
const PARAMS = {
  statuses: 'status',
  severities: 'severity',
  ownerRef: 'owner',
  entityRef: 'service',
  q: 'q',
  from: 'from',
  to: 'to',
} as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The filters an address asks for; what it cannot mean is left out. */
export function filtersFromSearchParams(
  params: URLSearchParams,
): IncidentFilterValues {
  const date = (value: string | null) =>
    value && DATE.test(value) ? value : '';
  return {
    statuses: params
      .getAll(PARAMS.statuses)
      .filter(status => isOneOf(INCIDENT_STATUSES, status)),
    severities: params.getAll(PARAMS.severities),
    ownerRef: params.get(PARAMS.ownerRef) || null,
    entityRef: params.get(PARAMS.entityRef) || null,
    q: params.get(PARAMS.q) ?? '',
    from: date(params.get(PARAMS.from)),
    to: date(params.get(PARAMS.to)),
  };
}

/** The address's query for some filters; filters not set are not in it. */
export function filtersToSearchParams(
  values: Partial<IncidentFilterValues>,
): URLSearchParams {
  const params = new URLSearchParams();
  for (const status of values.statuses ?? []) {
    params.append(PARAMS.statuses, status);
  }
  for (const severity of values.severities ?? []) {
    params.append(PARAMS.severities, severity);
  }
  for (const key of ['ownerRef', 'entityRef', 'q', 'from', 'to'] as const) {
    const value = values[key];
    if (value) {
      params.set(PARAMS[key], value);
    }
  }
  return params;
}

/**
 * The incidents page's filters, read from and written to its address. Changing a
 * filter replaces the history entry rather than adding one per keystroke.
 */
export function useIncidentFiltersInUrl(): [
  IncidentFilterValues,
  (patch: Partial<IncidentFilterValues>) => void,
] {
  const [params, setParams] = useSearchParams();
  const query = params.toString();
  const filters = useMemo(
    () => filtersFromSearchParams(new URLSearchParams(query)),
    [query],
  );
  const update = useCallback(
    (patch: Partial<IncidentFilterValues>) =>
      setParams(
        filtersToSearchParams({
          ...filtersFromSearchParams(new URLSearchParams(query)),
          ...patch,
        }),
        { replace: true },
      ),
    [query, setParams],
  );
  return [filters, update];
}
