import SettingsIcon from '@material-ui/icons/Settings';
import {
  isOneOf,
  TIMELINE_ENTRY_KINDS,
  TimelineEntryKind,
} from '@incident-response/backstage-plugin-incidents-common';
import { KNOWN_ERROR_TIMELINE_RENDERERS } from '../../knownErrors';
import { TimelineEntryRenderer } from '../../shared';
import { WORKSPACE_TIMELINE_RENDERERS } from '../../workspace';
import { INCIDENT_CHANGE_RENDERERS } from './incidentChangeRenderers';
import { POSTMORTEM_TIMELINE_RENDERERS } from './postmortemRenderers';
import { USER_ENTRY_RENDERERS } from './userEntryRenderers';

/**
 * How each kind of entry this version knows is shown, contributed by the area that
 * writes it. Typed by common's kinds, so a kind added there without a renderer does not
 * compile; a new kind's renderer goes in its area's file (or a new one) and is listed
 * here.
 */
export const TIMELINE_ENTRY_RENDERERS: Record<
  TimelineEntryKind,
  TimelineEntryRenderer
> = {
  ...USER_ENTRY_RENDERERS,
  ...INCIDENT_CHANGE_RENDERERS,
  ...WORKSPACE_TIMELINE_RENDERERS,
  ...KNOWN_ERROR_TIMELINE_RENDERERS,
  ...POSTMORTEM_TIMELINE_RENDERERS,
};

/** A kind from a newer backend: a generic icon and the entry's stored body. */
export const UNKNOWN_KIND_RENDERER: TimelineEntryRenderer = {
  icon: SettingsIcon,
};

/** The renderer of an entry's kind; the generic one for a kind this version does not know. */
export function timelineEntryRenderer(kind: string): TimelineEntryRenderer {
  return isOneOf(TIMELINE_ENTRY_KINDS, kind)
    ? TIMELINE_ENTRY_RENDERERS[kind]
    : UNKNOWN_KIND_RENDERER;
}
