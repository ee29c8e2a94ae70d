import Chip from '@material-ui/core/Chip';
import SvgIcon from '@material-ui/core/SvgIcon';
import { makeStyles, Theme } from '@material-ui/core/styles';
import { readableColor } from '../../../lib/readableColor';

/** The colours a status can take; each status also has a name and an icon of its own. */
export type ChipTone = 'error' | 'warning' | 'info' | 'success' | 'neutral';

/** The tone's border, and its text darkened (or lightened) until it can be read. */
function tone(theme: Theme, color: string) {
  const { paper, default: page } = theme.palette.background;
  return { borderColor: color, color: readableColor(color, [paper, page]) };
}

const useStyles = makeStyles(theme => ({
  error: tone(theme, theme.palette.error.main),
  warning: tone(theme, theme.palette.warning.main),
  info: tone(theme, theme.palette.info.main),
  success: tone(theme, theme.palette.success.main),
  neutral: tone(theme, theme.palette.text.secondary),
  icon: { color: 'inherit' },
  // A long name (French, on a phone) wraps inside the chip instead of being cut off.
  chip: { height: 'auto', minHeight: 24, maxWidth: '100%' },
  label: {
    whiteSpace: 'normal',
    lineHeight: 1.3,
    paddingTop: 2,
    paddingBottom: 2,
  },
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
      className={`${classes.chip} ${classes[props.tone]}`}
      classes={{ label: classes.label }}
      icon={<Icon className={classes.icon} fontSize="small" />}
      label={props.label}
    />
  );
}
