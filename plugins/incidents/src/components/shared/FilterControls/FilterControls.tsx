import Button from '@material-ui/core/Button';
import FormControl from '@material-ui/core/FormControl';
import InputLabel from '@material-ui/core/InputLabel';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import TextField from '@material-ui/core/TextField';
import { makeStyles } from '@material-ui/core/styles';
import CheckBoxIcon from '@material-ui/icons/CheckBox';
import CheckBoxOutlineBlankIcon from '@material-ui/icons/CheckBoxOutlineBlank';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ReactNode, useEffect, useState } from 'react';
import useDebounce from 'react-use/esm/useDebounce';
import { incidentsTranslationRef } from '../../../translation';
import { CatalogEntityPicker } from '../CatalogEntityPicker';

/** How long typing must pause before a search is sent. */
export const SEARCH_DEBOUNCE_MS = 300;

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

/**
 * A row of filter controls, announced to screen readers as a search region; a **Clear
 * filters** button at its end when `onClear` is given.
 */
export function FilterBar(props: {
  label: string;
  children: ReactNode;
  onClear?: () => void;
}) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  return (
    <div className={classes.root} role="search" aria-label={props.label}>
      {props.children}
      {props.onClear && (
        <Button onClick={props.onClear}>{t('filters.clear')}</Button>
      )}
    </div>
  );
}

/**
 * The text of a search box, reported through `onChange` once typing pauses, so each key
 * press is not a request; it follows `value` when the caller changes it. Returns the
 * text as typed and its setter, for {@link SearchFilter}.
 */
export function useDebouncedSearch(
  value: string,
  onChange: (value: string) => void,
): [string, (text: string) => void] {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useDebounce(
    () => {
      if (text !== value) {
        onChange(text);
      }
    },
    SEARCH_DEBOUNCE_MS,
    [text],
  );
  return [text, setText];
}

/** A search box; debounce what it reports with {@link useDebouncedSearch}. */
export function SearchFilter(props: {
  id: string;
  label: string;
  placeholder?: string;
  text: string;
  onText(text: string): void;
}) {
  return (
    <TextField
      id={props.id}
      label={props.label}
      placeholder={props.placeholder}
      value={props.text}
      onChange={e => props.onText(e.target.value)}
      variant="outlined"
      size="small"
      type="search"
    />
  );
}

/**
 * A select of several values, named in the reader's language. Each option shows a
 * checkbox that is a picture only: the option itself is announced as selected or not,
 * and a checkbox control inside it would be a second, unnamed control.
 */
export function MultiSelectFilter<TValue extends string>(props: {
  id: string;
  label: string;
  options: ReadonlyArray<TValue>;
  optionName(option: TValue): string;
  value: TValue[];
  onChange(value: TValue[]): void;
}) {
  const classes = useStyles();
  const { id, label, optionName, value } = props;
  return (
    <FormControl variant="outlined" size="small" className={classes.select}>
      <InputLabel id={`${id}-label`}>{label}</InputLabel>
      <Select
        labelId={`${id}-label`}
        id={id}
        label={label}
        multiple
        value={value}
        onChange={e => props.onChange(e.target.value as TValue[])}
        renderValue={selected =>
          (selected as TValue[]).map(optionName).join(', ')
        }
      >
        {props.options.map(option => (
          <MenuItem key={option} value={option}>
            <ListItemIcon>
              {value.includes(option) ? (
                <CheckBoxIcon color="primary" fontSize="small" />
              ) : (
                <CheckBoxOutlineBlankIcon fontSize="small" />
              )}
            </ListItemIcon>
            <ListItemText primary={optionName(option)} />
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}

/** A catalog entity to filter by (a team, a service), searched as the user types. */
export function EntityFilter(props: {
  id: string;
  label: string;
  kinds: string[];
  value: string | null;
  onChange(entityRef: string | null): void;
}) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  return (
    <div className={classes.picker}>
      <CatalogEntityPicker
        id={props.id}
        label={props.label}
        kinds={props.kinds}
        value={props.value}
        onChange={props.onChange}
        noOptionsText={t('entityPicker.noOptions')}
        loadingText={t('entityPicker.loading')}
      />
    </div>
  );
}
