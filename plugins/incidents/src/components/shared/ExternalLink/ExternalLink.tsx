import Link from '@material-ui/core/Link';
import { makeStyles } from '@material-ui/core/styles';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ReactNode } from 'react';
import { visuallyHidden } from '../../../lib/visuallyHidden';
import { incidentsTranslationRef } from '../../../translation';

const useStyles = makeStyles({ visuallyHidden });

/** Says, to screen readers, that a link opens in a new tab. */
export function OpensInNewTab() {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  return (
    <>
      {' '}
      <span className={classes.visuallyHidden}>
        {t('workspace.links.opensInNewTab')}
      </span>
    </>
  );
}

/**
 * A link to something outside Backstage (Slack, Google), opened in a new tab so the
 * incident page stays open; screen readers are told so in the reader's language.
 * Underlined, since it often sits in a sentence and colour alone would not tell it
 * from the words around it.
 */
export function ExternalLink(props: { href: string; children: ReactNode }) {
  return (
    <Link
      href={props.href}
      target="_blank"
      rel="noopener noreferrer"
      underline="always"
    >
      {props.children}
      <OpensInNewTab />
    </Link>
  );
}
