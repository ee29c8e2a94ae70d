import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  IncidentStatus,
  ListIncidentsQuery,
  SeverityDefinition,
  UNASSESSED_SEVERITY_FILTER,
} from '@incident-response/backstage-plugin-incidents-common';
import { DateTime } from 'luxon';
import { useIncidentPresentation } from '../../../hooks';
import { incidentsTranslationRef } from '../../../translation';
import { DateField } from '../DateField';
import {
  EntityFilter,
  FilterBar,
  MultiSelectFilter,
  SearchFilter,
  useDebouncedSearch,
} from '../FilterControls';

/** Filter values as the controls hold them; dates are `yyyy-MM-dd` in local time. */
export type IncidentFilterValues = {
  statuses: IncidentStatus[];
  severities: string[];
  ownerRef: string | null;
  entityRef: string | null;
  q: string;
  from: string;
  to: string;
};

/** No filter at all. */
export const NO_INCIDENT_FILTERS: IncidentFilterValues = {
  statuses: [],
  severities: [],
  ownerRef: null,
  entityRef: null,
  q: '',
  from: '',
  to: '',
};

/** The filters as `GET /incidents` parameters. The end date is inclusive. */
export function toListQuery(
  values: IncidentFilterValues,
): Omit<ListIncidentsQuery, 'cursor' | 'limit'> {
  const from = values.from ? DateTime.fromISO(values.from) : undefined;
  const to = values.to ? DateTime.fromISO(values.to) : undefined;
  return {
    ...(values.statuses.length > 0 && { status: values.statuses }),
    ...(values.severities.length > 0 && { severity: values.severities }),
    ...(values.ownerRef && { ownerRef: values.ownerRef }),
    ...(values.entityRef && { entityRef: values.entityRef }),
    ...(values.q.trim() && { q: values.q.trim() }),
    ...(from?.isValid && { from: from.startOf('day').toUTC().toISO()! }),
    ...(to?.isValid && {
      to: to.plus({ days: 1 }).startOf('day').toUTC().toISO()!,
    }),
  };
}

/** The filters a list can offer. */
export type IncidentFilterKind =
  | 'status'
  | 'severity'
  | 'owner'
  | 'service'
  | 'search'
  | 'dates';

/** @public */
export type IncidentFiltersProps = {
  /** Used to make the controls' ids unique on the page. */
  idPrefix: string;
  values: IncidentFilterValues;
  onChange(patch: Partial<IncidentFilterValues>): void;
  show: IncidentFilterKind[];
  statusOptions: readonly IncidentStatus[];
  severities: SeverityDefinition[];
};

/**
 * Filter controls for incident lists. Every control has a visible label; the selects
 * and the catalog pickers work with the keyboard.
 *
 * @public
 */
export function IncidentFilters(props: IncidentFiltersProps) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const presentation = useIncidentPresentation();
  const { values, onChange, show, idPrefix } = props;
  const severities = presentation.severities(props.severities);
  const [search, setSearch] = useDebouncedSearch(values.q, q =>
    onChange({ q }),
  );

  const id = (name: string) => `${idPrefix}-filter-${name}`;
  const hasFilters =
    JSON.stringify({ ...values, q: search }) !==
    JSON.stringify(NO_INCIDENT_FILTERS);

  return (
    <FilterBar
      label={t('filters.label')}
      onClear={
        hasFilters
          ? () => {
              setSearch('');
              onChange(NO_INCIDENT_FILTERS);
            }
          : undefined
      }
    >
      {show.includes('search') && (
        <SearchFilter
          id={id('search')}
          label={t('filters.search')}
          placeholder={t('filters.searchPlaceholder')}
          text={search}
          onText={setSearch}
        />
      )}
      {show.includes('status') && (
        <MultiSelectFilter
          id={id('status')}
          label={t('filters.status')}
          options={props.statusOptions}
          optionName={presentation.statusName}
          value={values.statuses}
          onChange={statuses => onChange({ statuses })}
        />
      )}
      {show.includes('severity') && (
        <MultiSelectFilter
          id={id('severity')}
          label={t('filters.severity')}
          options={[
            ...severities.map(severity => severity.id),
            UNASSESSED_SEVERITY_FILTER,
          ]}
          optionName={severityId =>
            severityId === UNASSESSED_SEVERITY_FILTER
              ? t('severities.unassessed.name')
              : severities.find(severity => severity.id === severityId)?.name ??
                severityId
          }
          value={values.severities}
          onChange={selected => onChange({ severities: selected })}
        />
      )}
      {show.includes('owner') && (
        <EntityFilter
          id={id('owner')}
          label={t('filters.owner')}
          kinds={['group']}
          value={values.ownerRef}
          onChange={ownerRef => onChange({ ownerRef })}
        />
      )}
      {show.includes('service') && (
        <EntityFilter
          id={id('service')}
          label={t('filters.service')}
          kinds={['component', 'system', 'api', 'resource']}
          value={values.entityRef}
          onChange={entityRef => onChange({ entityRef })}
        />
      )}
      {show.includes('dates') && (
        <>
          <DateField
            id={id('from')}
            label={t('filters.from')}
            value={values.from}
            onChange={from => onChange({ from })}
            dense
          />
          <DateField
            id={id('to')}
            label={t('filters.to')}
            value={values.to}
            onChange={to => onChange({ to })}
            dense
          />
        </>
      )}
    </FilterBar>
  );
}
