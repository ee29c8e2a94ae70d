import Typography from '@material-ui/core/Typography';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { LinkedKnownError } from '@incident-response/backstage-plugin-incidents-common';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { knownErrorsApiRef } from '../../../api';
import { incidentsTranslationRef } from '../../../translation';
import { SEARCH_DEBOUNCE_MS, SearchField } from '../../shared';
import { useKnownErrorPresentation } from '../useKnownErrorPresentation';

/** A known error as the picker offers it. */
type KnownErrorOption = Pick<
  LinkedKnownError,
  'id' | 'number' | 'title' | 'status'
>;

/** @public */
export type KnownErrorPickerProps = {
  id: string;
  label: string;
  helperText?: string;
  error?: boolean;
  /** The chosen known error's id; null for none. */
  value: string | null;
  onChange(knownErrorId: string | null): void;
  /** Offered before anything is typed, e.g. the incident's linked known errors. */
  suggested?: KnownErrorOption[];
};

/**
 * Picks one known error, searching the known-error database as the user types (the
 * backend does the matching); before anything is typed it offers `suggested`. It is a
 * combobox, operable with the keyboard.
 *
 * @public
 */
export function KnownErrorPicker(props: KnownErrorPickerProps) {
  const api = useApi(knownErrorsApiRef);
  const { t } = useTranslationRef(incidentsTranslationRef);
  const { statusName } = useKnownErrorPresentation();
  const [input, setInput] = useState('');
  const [term, setTerm] = useState('');
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<KnownErrorOption | null>(null);
  useDebounce(() => setTerm(input.trim()), SEARCH_DEBOUNCE_MS, [input]);

  const suggested = props.suggested ?? [];
  const { value: found, loading } = useAsync(async () => {
    if (!open || !term) {
      return suggested;
    }
    const { items } = await api.listKnownErrors({ q: term, limit: 10 });
    return items;
  }, [api, term, open]);
  const options = found ?? suggested;
  const selected =
    props.value === null
      ? null
      : [chosen, ...options, ...suggested].find(
          option => option?.id === props.value,
        ) ?? null;

  return (
    <Autocomplete<KnownErrorOption>
      id={props.id}
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      // Material UI v4 points at the open list with aria-owns alone; a combobox of ARIA 1.2
      // names it with aria-controls, which screen readers and axe expect.
      aria-controls={open ? `${props.id}-popup` : undefined}
      options={options}
      value={selected}
      inputValue={input}
      onInputChange={(_event, next) => setInput(next)}
      onChange={(_event, option) => {
        setChosen(option);
        props.onChange(option ? option.id : null);
      }}
      // The backend already matched the words typed.
      filterOptions={x => x}
      getOptionLabel={option =>
        t('common.numbered', { number: option.number, title: option.title })
      }
      getOptionSelected={(option, value) => option.id === value.id}
      loading={loading}
      loadingText={t('actionItems.knownErrorPicker.loading')}
      noOptionsText={t('actionItems.knownErrorPicker.noOptions')}
      openText={t('entityPicker.open')}
      closeText={t('entityPicker.close')}
      clearText={t('entityPicker.clear')}
      renderOption={option => (
        <div>
          <Typography variant="body2">
            {t('common.numbered', {
              number: option.number,
              title: option.title,
            })}
          </Typography>
          <Typography variant="caption" color="textSecondary">
            {statusName(option.status)}
          </Typography>
        </div>
      )}
      renderInput={params => (
        <SearchField
          params={params}
          label={props.label}
          helperText={props.helperText}
          error={props.error}
          loading={loading}
          margin="normal"
        />
      )}
    />
  );
}
