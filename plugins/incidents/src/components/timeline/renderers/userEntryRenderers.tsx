import BuildIcon from '@material-ui/icons/Build';
import GavelIcon from '@material-ui/icons/Gavel';
import NotesIcon from '@material-ui/icons/Notes';
import StatusUpdateIcon from '@material-ui/icons/RecordVoiceOver';
import { UserTimelineEntryKind } from '@incident-response/backstage-plugin-incidents-common';
import { TimelineEntryRenderer } from '../../shared';

/** Entries people write: their own Markdown body, under the kind's icon. */
export const USER_ENTRY_RENDERERS: Record<
  UserTimelineEntryKind,
  TimelineEntryRenderer
> = {
  note: { icon: NotesIcon },
  decision: { icon: GavelIcon },
  action: { icon: BuildIcon },
  'status-update': { icon: StatusUpdateIcon },
};
