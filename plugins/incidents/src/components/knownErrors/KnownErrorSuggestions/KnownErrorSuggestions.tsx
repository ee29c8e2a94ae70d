import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import CheckBoxIcon from '@material-ui/icons/CheckBox';
import CheckBoxOutlineBlankIcon from '@material-ui/icons/CheckBoxOutlineBlank';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { KnownErrorSuggestion } from '@incident-response/backstage-plugin-incidents-common';
import { useRef } from 'react';
import { useUniqueId } from '../../../hooks';
import { incidentsTranslationRef } from '../../../translation';
import { KnownErrorList } from '../KnownErrorList';
import { useKnownErrorSuggestions } from '../useKnownErrorSuggestions';

const useStyles = makeStyles(theme => ({
  region: {
    padding: theme.spacing(1.5, 2),
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
  },
}));

/** @public */
export type KnownErrorSuggestionsProps = {
  /** The primary affected service. */
  entityRef?: string;
  /** What the user typed so far (title, description). */
  text: string;
  /** The known errors chosen with "This is it". */
  selectedIds: string[];
  onChange(selectedIds: string[]): void;
  className?: string;
};

/**
 * While an incident is declared: the known errors that may explain it, from the
 * affected service, what it depends on and the words typed so far (looked up once
 * typing pauses), each with its status and its workaround one click away, and a
 * **This is it** toggle (a pressed button) that links it to the incident when it is
 * declared. Shows nothing until there is something to show; a failed or slow lookup
 * never stands in the way of declaring.
 *
 * @public
 */
export function KnownErrorSuggestions(props: KnownErrorSuggestionsProps) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const titleId = useUniqueId('known-error-suggestions');
  const { items, error } = useKnownErrorSuggestions({
    entityRef: props.entityRef,
    text: props.text,
  });
  // What was chosen stays listed when later words no longer suggest it.
  const seen = useRef(new Map<string, KnownErrorSuggestion>());
  for (const item of items) {
    seen.current.set(item.id, item);
  }
  const kept = props.selectedIds
    .filter(id => !items.some(item => item.id === id))
    .map(id => seen.current.get(id))
    .filter((item): item is KnownErrorSuggestion => !!item);
  const shown = [...kept, ...items];

  if (shown.length === 0) {
    return error ? (
      <Typography
        variant="caption"
        color="textSecondary"
        component="p"
        className={props.className}
      >
        {t('knownErrors.suggestions.unavailable')}
      </Typography>
    ) : null;
  }

  const toggle = (id: string) =>
    props.onChange(
      props.selectedIds.includes(id)
        ? props.selectedIds.filter(selected => selected !== id)
        : [...props.selectedIds, id],
    );

  return (
    <section
      aria-labelledby={titleId}
      className={`${classes.region} ${props.className ?? ''}`}
    >
      <Typography variant="subtitle1" component="h3" id={titleId}>
        {t('knownErrors.suggestions.title')}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {t('knownErrors.suggestions.help')}
      </Typography>
      <KnownErrorList
        knownErrors={shown}
        linksInNewTab
        actions={knownError => {
          const pressed = props.selectedIds.includes(knownError.id);
          return (
            <Button
              size="small"
              variant={pressed ? 'contained' : 'outlined'}
              color="primary"
              aria-pressed={pressed}
              aria-label={t('knownErrors.suggestions.thisIsItLabel', {
                number: knownError.number,
              })}
              startIcon={
                pressed ? <CheckBoxIcon /> : <CheckBoxOutlineBlankIcon />
              }
              onClick={() => toggle(knownError.id)}
            >
              {t('knownErrors.suggestions.thisIsIt')}
            </Button>
          );
        }}
      />
    </section>
  );
}
