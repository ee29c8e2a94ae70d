import LinkIcon from '@material-ui/icons/Link';
import LinkOffIcon from '@material-ui/icons/LinkOff';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { KNOWN_ERROR_TIMELINE_ENTRY_KINDS } from '@incident-response/backstage-plugin-incidents-common';
import { knownErrorRouteRef } from '../../routes';
import { incidentsTranslationRef } from '../../translation';
import {
  asString,
  automaticEntryText,
  TimelineEntryRenderer,
  TimelineEntryWriter,
} from '../shared';

function useKnownErrorEntryWords() {
  const { t } = useTranslationRef(incidentsTranslationRef);
  return { t, knownErrorLink: useRouteRef(knownErrorRouteRef) };
}

type KnownErrorEntryWords = ReturnType<typeof useKnownErrorEntryWords>;

const knownErrorEntryText = (
  write: TimelineEntryWriter<KnownErrorEntryWords>,
) => automaticEntryText(useKnownErrorEntryWords, write);

/** "Linked the known error KE-3: title", the known error a link to its page. */
const linkText = (
  message:
    | 'timeline.auto.knownErrorLinked'
    | 'timeline.auto.knownErrorUnlinked',
) =>
  knownErrorEntryText((data, { t, knownErrorLink }) => {
    const number = asString(data.number);
    const title = asString(data.title);
    if (!number || !title) {
      return undefined;
    }
    return t(message, {
      knownError: (
        <Link to={knownErrorLink({ id: number })} underline="always">
          {t('common.numbered', { number, title })}
        </Link>
      ),
    });
  });

/** The entries the backend writes when a known error is linked to the incident or unlinked. */
export const KNOWN_ERROR_TIMELINE_RENDERERS: Record<
  (typeof KNOWN_ERROR_TIMELINE_ENTRY_KINDS)[number],
  TimelineEntryRenderer
> = {
  'known-error-linked': {
    icon: LinkIcon,
    Text: linkText('timeline.auto.knownErrorLinked'),
  },
  'known-error-unlinked': {
    icon: LinkOffIcon,
    Text: linkText('timeline.auto.knownErrorUnlinked'),
  },
};
