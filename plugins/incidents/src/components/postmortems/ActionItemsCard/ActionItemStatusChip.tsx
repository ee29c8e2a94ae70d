import AutorenewIcon from '@material-ui/icons/Autorenew';
import BlockIcon from '@material-ui/icons/Block';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import RadioButtonUncheckedIcon from '@material-ui/icons/RadioButtonUnchecked';
import { ActionItemStatus } from '@incident-response/backstage-plugin-incidents-common';
import { ChipTone, ToneChip } from '../../shared';
import { usePostmortemPresentation } from '../../../hooks/usePostmortemPresentation';

const STATUS_LOOKS: Record<
  ActionItemStatus,
  { icon: typeof BlockIcon; tone: ChipTone }
> = {
  open: { icon: RadioButtonUncheckedIcon, tone: 'info' },
  'in-progress': { icon: AutorenewIcon, tone: 'warning' },
  done: { icon: CheckCircleIcon, tone: 'success' },
  'wont-do': { icon: BlockIcon, tone: 'neutral' },
};

/**
 * An action item's status as an outlined chip: its name and an icon of its own, besides
 * the colour.
 *
 * @public
 */
export function ActionItemStatusChip(props: { status: ActionItemStatus }) {
  const { itemStatusName } = usePostmortemPresentation();
  const looks = STATUS_LOOKS[props.status] ?? STATUS_LOOKS.open;
  return <ToneChip {...looks} label={itemStatusName(props.status)} />;
}
