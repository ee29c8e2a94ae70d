import { makeStyles } from '@material-ui/core/styles';
import { coreComponentsTranslationRef } from '@backstage/core-components/alpha';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

const useStyles = makeStyles(theme => ({
  // Off screen until focused: the first Tab of a page shows it.
  skipLink: {
    position: 'absolute',
    left: theme.spacing(1),
    top: -100,
    zIndex: theme.zIndex.tooltip,
    padding: theme.spacing(1, 2),
    background: theme.palette.background.paper,
    color: theme.palette.text.primary,
    textDecoration: 'underline',
    '&:focus': { top: theme.spacing(1) },
  },
}));

/** Moves focus to the page's heading (Backstage's header title takes focus), or its main region. */
export function focusMainContent() {
  const heading = document.querySelector<HTMLElement>('main h1');
  if (heading) {
    heading.focus();
    return;
  }
  const main = document.querySelector<HTMLElement>('main');
  if (main) {
    main.tabIndex = -1;
    main.focus();
  }
}

/**
 * The first thing a keyboard reaches: a link past the sidebar to the page's content.
 * (Backstage's sidebar has one, but it only appears when the content registered itself
 * before the sidebar rendered, which the app's layout never does.)
 */
export function SkipToContentLink() {
  const classes = useStyles();
  const { t } = useTranslationRef(coreComponentsTranslationRef);
  return (
    <a
      href="#main-content"
      className={classes.skipLink}
      onClick={event => {
        event.preventDefault();
        focusMainContent();
      }}
    >
      {t('skipToContent')}
    </a>
  );
}

/**
 * After moving to another page, focus goes to its heading when the link that was
 * followed is gone with the old page (otherwise the next Tab starts over at the top).
 */
export function useFocusAfterNavigation() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return undefined;
    }
    const frame = requestAnimationFrame(() => {
      if (!document.activeElement || document.activeElement === document.body) {
        focusMainContent();
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
}
