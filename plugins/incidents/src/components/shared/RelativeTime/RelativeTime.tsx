import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { useLanguage, useNow } from '../../../hooks';
import { formatDateTime, formatRelative } from '../../../lib/dates';

/**
 * How long ago something happened ("3 hours ago"), in the reader's language, with the
 * date and time on hover.
 *
 * @public
 */
export function RelativeTime(props: { iso: string }) {
  const language = useLanguage();
  const now = useNow();
  return (
    <Tooltip title={formatDateTime(props.iso, language)}>
      <Typography variant="body2" component="span">
        {formatRelative(props.iso, language, now)}
      </Typography>
    </Tooltip>
  );
}
