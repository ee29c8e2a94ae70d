/** The known-error database: its pages, the form, the entity tab, suggestions while declaring and the incident's panel. */
export { KNOWN_ERROR_TIMELINE_RENDERERS } from './knownErrorTimelineRenderers';
