import Chip from '@material-ui/core/Chip';
import SvgIcon from '@material-ui/core/SvgIcon';
import { makeStyles } from '@material-ui/core/styles';

/** The colours a status can take; each status also has a name and an icon of its own. */
export type ChipTone = 'error' | 'warning' | 'info' | 'success' | 'neutral';

const useStyles = makeStyles(theme => ({
  error: {
    borderColor: theme.palette.error.main,
    color: theme.palette.error.main,
  },
  warning: {
    borderColor: theme.palette.warning.main,
    color: theme.palette.warning.dark,
  },
  info: {
    borderColor: theme.palette.info.main,
    color: theme.palette.info.dark,
  },
  success: {
    borderColor: theme.palette.success.main,
    color: theme.palette.success.dark,
  },
  neutral: {
    borderColor: theme.palette.text.secondary,
    color: theme.palette.text.secondary,
  },
  icon: { color: 'inherit' },
}));

/** @public */
export type ToneChipProps = {
  label: string;
  icon: typeof SvgIcon;
  tone: ChipTone;
};

/**
 * An outlined chip for a status: its name and its icon, besides the colour, so colour
 * never carries the meaning alone.
 *
 * @public
 */
export function ToneChip(props: ToneChipProps) {
  const classes = useStyles();
  const Icon = props.icon;
  return (
    <Chip
      size="small"
      variant="outlined"
      className={classes[props.tone]}
      icon={<Icon className={classes.icon} fontSize="small" />}
      label={props.label}
    />
  );
}
