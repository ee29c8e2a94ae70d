import Chip from '@material-ui/core/Chip';
import FormControl from '@material-ui/core/FormControl';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import { makeStyles } from '@material-ui/core/styles';
import CancelIcon from '@material-ui/icons/Cancel';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { parseEntityRef } from '@backstage/catalog-model';
import { INCIDENT_ENTITY_KINDS } from '@incident-response/backstage-plugin-incidents-common';
import { incidentsTranslationRef } from '../../../translation';
import { CatalogEntityPicker } from '../CatalogEntityPicker';

const useStyles = makeStyles(theme => ({
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(1),
  },
}));

/** `component:default/checkout-web` -> `checkout-web` (kind shown when not a component). */
export function entityLabel(ref: string): string {
  const { kind, name } = parseEntityRef(ref);
  return kind.toLocaleLowerCase('en-US') === 'component'
    ? name
    : `${kind.toLocaleLowerCase('en-US')}:${name}`;
}

/** @public */
export type EntityRefsFieldProps = {
  /** The picker's id, which takes the focus when the field has a problem. */
  id: string;
  className?: string;
  label: string;
  help: string;
  /** The picker's label, e.g. "Add an affected service". */
  addLabel: string;
  value: string[];
  onChange(entityRefs: string[]): void;
  /** The field's problem, in words; none when undefined. */
  problem?: string;
};

/**
 * The affected services of a form: a chip for each (Delete or Backspace on the focused
 * chip removes it) and a catalog picker of components, systems, APIs and resources to
 * add more.
 *
 * @public
 */
export function EntityRefsField(props: EntityRefsFieldProps) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const { value, onChange } = props;
  return (
    <FormControl
      component="fieldset"
      className={props.className}
      error={!!props.problem}
      required
      fullWidth
    >
      <FormLabel component="legend">{props.label}</FormLabel>
      <FormHelperText>{props.help}</FormHelperText>
      <div className={classes.chips} aria-live="polite">
        {value.map(ref => (
          <Chip
            key={ref}
            label={entityLabel(ref)}
            onDelete={() => onChange(value.filter(r => r !== ref))}
            deleteIcon={
              // The chip takes the focus and Delete or Backspace removes it;
              // the icon's title names the action for pointer and screen reader users.
              <CancelIcon
                titleAccess={t('declare.removeService', {
                  entity: entityLabel(ref),
                })}
              />
            }
          />
        ))}
      </div>
      <CatalogEntityPicker
        id={props.id}
        label={props.addLabel}
        kinds={INCIDENT_ENTITY_KINDS}
        exclude={value}
        onChange={ref => {
          if (ref) {
            onChange([...value, ref]);
          }
        }}
        noOptionsText={t('entityPicker.noOptions')}
        loadingText={t('entityPicker.loading')}
        error={!!props.problem}
        helperText={props.problem}
      />
    </FormControl>
  );
}
