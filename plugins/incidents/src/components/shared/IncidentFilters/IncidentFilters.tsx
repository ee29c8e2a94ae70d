import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import FormControl from '@material-ui/core/FormControl';
import InputLabel from '@material-ui/core/InputLabel';
import ListItemText from '@material-ui/core/ListItemText';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import TextField from '@material-ui/core/TextField';
import { makeStyles } from '@material-ui/core/styles';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  IncidentStatus,
  ListIncidentsQuery,
  SeverityDefinition,
} from '@incident-response/backstage-plugin-incidents-common';
import { DateTime } from 'luxon';
import { useEffect, useState } from 'react';
import useDebounce from 'react-use/esm/useDebounce';
import { useIncidentPresentation } from '../../../hooks';
import { incidentsTranslationRef } from '../../../translation';
import { CatalogEntityPicker } from '../CatalogEntityPicker';

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

const useStyles = makeStyles(theme => ({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(2),
  },
  select: { minWidth: 160 },
  picker: { minWidth: 240 },
}));

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
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const presentation = useIncidentPresentation();
  const { values, onChange, show, idPrefix } = props;
  const severities = presentation.severities(props.severities);

  // The text search waits until typing pauses, so each key press is not a request.
  const [search, setSearch] = useState(values.q);
  useEffect(() => setSearch(values.q), [values.q]);
  useDebounce(
    () => {
      if (search !== values.q) {
        onChange({ q: search });
      }
    },
    300,
    [search],
  );

  const id = (name: string) => `${idPrefix}-filter-${name}`;
  const hasFilters =
    JSON.stringify({ ...values, q: search }) !==
    JSON.stringify(NO_INCIDENT_FILTERS);

  return (
    <div className={classes.root} role="search" aria-label={t('filters.label')}>
      {show.includes('search') && (
        <TextField
          id={id('search')}
          label={t('filters.search')}
          placeholder={t('filters.searchPlaceholder')}
          value={search}
          onChange={e => setSearch(e.target.value)}
          variant="outlined"
          size="small"
          type="search"
        />
      )}
      {show.includes('status') && (
        <FormControl variant="outlined" size="small" className={classes.select}>
          <InputLabel id={id('status-label')}>{t('filters.status')}</InputLabel>
          <Select
            labelId={id('status-label')}
            id={id('status')}
            label={t('filters.status')}
            multiple
            value={values.statuses}
            onChange={e =>
              onChange({ statuses: e.target.value as IncidentStatus[] })
            }
            renderValue={selected =>
              (selected as IncidentStatus[])
                .map(presentation.statusName)
                .join(', ')
            }
          >
            {props.statusOptions.map(status => (
              <MenuItem key={status} value={status}>
                <Checkbox
                  checked={values.statuses.includes(status)}
                  size="small"
                />
                <ListItemText primary={presentation.statusName(status)} />
              </MenuItem>
            ))}
          </Select>
        </FormControl>
      )}
      {show.includes('severity') && (
        <FormControl variant="outlined" size="small" className={classes.select}>
          <InputLabel id={id('severity-label')}>
            {t('filters.severity')}
          </InputLabel>
          <Select
            labelId={id('severity-label')}
            id={id('severity')}
            label={t('filters.severity')}
            multiple
            value={values.severities}
            onChange={e => onChange({ severities: e.target.value as string[] })}
            renderValue={selected => (selected as string[]).join(', ')}
          >
            {severities.map(severity => (
              <MenuItem key={severity.id} value={severity.id}>
                <Checkbox
                  checked={values.severities.includes(severity.id)}
                  size="small"
                />
                <ListItemText primary={severity.name} />
              </MenuItem>
            ))}
          </Select>
        </FormControl>
      )}
      {show.includes('owner') && (
        <div className={classes.picker}>
          <CatalogEntityPicker
            id={id('owner')}
            label={t('filters.owner')}
            kinds={['group']}
            value={values.ownerRef}
            onChange={ownerRef => onChange({ ownerRef })}
            noOptionsText={t('entityPicker.noOptions')}
            loadingText={t('entityPicker.loading')}
          />
        </div>
      )}
      {show.includes('service') && (
        <div className={classes.picker}>
          <CatalogEntityPicker
            id={id('service')}
            label={t('filters.service')}
            kinds={['component', 'system', 'api', 'resource']}
            value={values.entityRef}
            onChange={entityRef => onChange({ entityRef })}
            noOptionsText={t('entityPicker.noOptions')}
            loadingText={t('entityPicker.loading')}
          />
        </div>
      )}
      {show.includes('dates') && (
        <>
          <TextField
            id={id('from')}
            label={t('filters.from')}
            type="date"
            value={values.from}
            onChange={e => onChange({ from: e.target.value })}
            variant="outlined"
            size="small"
            InputLabelProps={{ shrink: true }}
          />
          <TextField
            id={id('to')}
            label={t('filters.to')}
            type="date"
            value={values.to}
            onChange={e => onChange({ to: e.target.value })}
            variant="outlined"
            size="small"
            InputLabelProps={{ shrink: true }}
          />
        </>
      )}
      {hasFilters && (
        <Button
          onClick={() => {
            setSearch('');
            onChange(NO_INCIDENT_FILTERS);
          }}
        >
          {t('filters.clear')}
        </Button>
      )}
    </div>
  );
}
