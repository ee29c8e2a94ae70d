import CircularProgress from '@material-ui/core/CircularProgress';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Autocomplete, {
  AutocompleteRenderInputParams,
} from '@material-ui/lab/Autocomplete';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { entityDisplayName } from '../../../lib/entityNames';
import { incidentsTranslationRef } from '../../../translation';

/** An entity as the picker lists it. */
type EntityOption = {
  ref: string;
  title: string;
  /** The reference without the default namespace: `component:checkout-web`. */
  detail: string;
};

/** `component:default/checkout-web` -> `component:checkout-web`. */
function shortRef(ref: string): string {
  const { kind, namespace, name } = parseEntityRef(ref);
  return namespace === 'default'
    ? `${kind}:${name}`
    : `${kind}:${namespace}/${name}`;
}

function toOption(entity: Entity): EntityOption {
  const ref = stringifyEntityRef(entity);
  return {
    ref,
    title: entityDisplayName(entity),
    detail: shortRef(ref),
  };
}

function optionFromRef(ref: string): EntityOption {
  return { ref, title: parseEntityRef(ref).name, detail: shortRef(ref) };
}

/**
 * The text field of a search-as-you-type combobox, with a spinner while it searches.
 *
 * @public
 */
export function SearchField(props: {
  params: AutocompleteRenderInputParams;
  label: string;
  helperText?: string;
  error?: boolean;
  required?: boolean;
  loading: boolean;
  size?: 'small';
  margin?: 'normal';
}) {
  const { params } = props;
  const { t } = useTranslationRef(incidentsTranslationRef);
  return (
    <TextField
      {...params}
      label={props.label}
      helperText={props.helperText}
      error={props.error}
      required={props.required}
      variant="outlined"
      size={props.size}
      margin={props.margin}
      InputProps={{
        ...params.InputProps,
        endAdornment: (
          <>
            {props.loading ? (
              <CircularProgress
                color="inherit"
                size={16}
                aria-label={t('common.loading')}
              />
            ) : null}
            {params.InputProps.endAdornment}
          </>
        ),
      }}
    />
  );
}

/** @public */
export type CatalogEntityPickerProps = {
  /** The input's id; its label points at it. */
  id: string;
  label: string;
  /** Catalog kinds to offer, e.g. `['user']` or `['component', 'system']`. */
  kinds: string[];
  /** The chosen entity ref; `null` for none. Leave out to reset after each pick. */
  value?: string | null;
  onChange(entityRef: string | null): void;
  /** Entity refs not to offer, e.g. those already chosen. */
  exclude?: string[];
  noOptionsText: string;
  loadingText: string;
  helperText?: string;
  error?: boolean;
  required?: boolean;
  disabled?: boolean;
};

/**
 * Picks one catalog entity of the given kinds, searching the catalog as the user types
 * (the catalog does the matching, so large catalogs stay fast). Keyboard operable: it
 * is a combobox.
 *
 * @public
 */
export function CatalogEntityPicker(props: CatalogEntityPickerProps) {
  const catalogApi = useApi(catalogApiRef);
  const { t } = useTranslationRef(incidentsTranslationRef);
  const [input, setInput] = useState('');
  const [term, setTerm] = useState('');
  const [open, setOpen] = useState(false);
  useDebounce(() => setTerm(input.trim()), 250, [input]);

  const kinds = props.kinds.join(',');
  const { value: found, loading } = useAsync(async () => {
    if (!open) {
      return [];
    }
    const response = await catalogApi.queryEntities({
      filter: { kind: kinds.split(',') },
      fullTextFilter: term
        ? {
            term,
            fields: [
              'metadata.name',
              'metadata.title',
              'spec.profile.displayName',
            ],
          }
        : undefined,
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.title',
        'spec.profile.displayName',
      ],
      orderFields: { field: 'metadata.name', order: 'asc' },
      limit: 20,
    });
    return response.items.map(toOption);
  }, [catalogApi, kinds, term, open]);

  const options = useMemo(
    () => (found ?? []).filter(o => !props.exclude?.includes(o.ref)),
    [found, props.exclude],
  );
  // In "pick and reset" mode the field is always empty after a pick.
  const resets = props.value === undefined;
  const selected =
    !resets && props.value
      ? options.find(o => o.ref === props.value) ?? optionFromRef(props.value)
      : null;

  return (
    <Autocomplete<EntityOption>
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
      onInputChange={(_event, next, reason) => {
        // A pick in reset mode clears the text; otherwise follow what is typed.
        setInput(resets && reason === 'reset' ? '' : next);
      }}
      onChange={(_event, option) => {
        props.onChange(option ? option.ref : null);
        if (resets) {
          setInput('');
        }
      }}
      // The catalog already filtered by the typed text.
      filterOptions={x => x}
      getOptionLabel={option => option.title}
      getOptionSelected={(option, value) => option.ref === value.ref}
      loading={loading}
      loadingText={props.loadingText}
      openText={t('entityPicker.open')}
      closeText={t('entityPicker.close')}
      clearText={t('entityPicker.clear')}
      noOptionsText={props.noOptionsText}
      disabled={props.disabled}
      renderOption={option => (
        <div>
          <Typography variant="body2">{option.title}</Typography>
          <Typography variant="caption" color="textSecondary">
            {option.detail}
          </Typography>
        </div>
      )}
      renderInput={params => (
        <SearchField
          params={params}
          label={props.label}
          helperText={props.helperText}
          error={props.error}
          required={props.required}
          loading={loading}
          size="small"
        />
      )}
    />
  );
}
