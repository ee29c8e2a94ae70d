import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { SeverityDefinition } from '@incident-response/backstage-plugin-incidents-common';
import { useIncidentPresentation } from '../../../hooks';
import { incidentsTranslationRef } from '../../../translation';

const useStyles = makeStyles(theme => ({
  option: {
    alignItems: 'flex-start',
    marginBottom: theme.spacing(1),
  },
  text: { paddingTop: theme.spacing(1) },
  examples: {
    margin: theme.spacing(0.5, 0, 0, 0),
    paddingLeft: theme.spacing(2.5),
    color: theme.palette.text.secondary,
  },
}));

/** @public */
export type SeverityFieldProps = {
  /** The id of the first choice, which takes the focus when the field has a problem. */
  id: string;
  label: string;
  severities: SeverityDefinition[];
  /** The chosen severity id; '' is "to be assessed" when `allowUnassessed`. */
  value: string;
  onChange(severity: string): void;
  /** Offers "Not sure yet: to be assessed" as the first choice, and makes the field optional. */
  allowUnassessed?: boolean;
  /** The problem to show, or the help when there is none. */
  helperText: string;
  error?: boolean;
  className?: string;
};

/**
 * Choosing a severity with the handbook's description and examples next to each choice,
 * and whether it requires a postmortem; optionally, leaving it to be assessed.
 *
 * @public
 */
export function SeverityField(props: SeverityFieldProps) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const presentation = useIncidentPresentation();
  const descriptionId = (severity: string) =>
    `${props.id}-${severity}-description`;

  return (
    <FormControl
      component="fieldset"
      className={props.className}
      error={props.error}
      required={!props.allowUnassessed}
      fullWidth
    >
      <FormLabel component="legend">{props.label}</FormLabel>
      <FormHelperText>{props.helperText}</FormHelperText>
      <RadioGroup
        aria-label={props.label}
        name={props.id}
        value={props.value}
        onChange={e => props.onChange(e.target.value)}
      >
        {props.allowUnassessed && (
          <FormControlLabel
            value=""
            className={classes.option}
            control={
              <Radio
                id={props.id}
                inputProps={{ 'aria-describedby': descriptionId('unassessed') }}
              />
            }
            label={
              <div className={classes.text}>
                <Typography variant="subtitle2" component="span">
                  {t('severities.unassessed.choice')}
                </Typography>
                <div id={descriptionId('unassessed')}>
                  <Typography variant="body2" component="span">
                    {t('severities.unassessed.choiceHelp')}
                  </Typography>
                </div>
              </div>
            }
          />
        )}
        {presentation.severities(props.severities).map((severity, index) => (
          <FormControlLabel
            key={severity.id}
            value={severity.id}
            className={classes.option}
            control={
              <Radio
                id={
                  index === 0 && !props.allowUnassessed ? props.id : undefined
                }
                inputProps={{ 'aria-describedby': descriptionId(severity.id) }}
              />
            }
            label={
              <div className={classes.text}>
                <Typography variant="subtitle2" component="span">
                  {severity.name}
                </Typography>
                <div id={descriptionId(severity.id)}>
                  <Typography variant="body2" component="span">
                    {severity.description}
                    {severity.postmortemRequired &&
                      ` · ${t('severities.postmortemRequired')}`}
                  </Typography>
                  {severity.examples.length > 0 && (
                    <ul className={classes.examples}>
                      {severity.examples.map(example => (
                        <li key={example}>
                          <Typography variant="caption">{example}</Typography>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              </div>
            }
          />
        ))}
      </RadioGroup>
    </FormControl>
  );
}
