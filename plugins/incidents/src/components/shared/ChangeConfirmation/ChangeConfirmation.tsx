import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import {
  createContext,
  ReactNode,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
} from 'react';

/** How long a confirmation stays on screen: long enough to read twice. */
const SHOWN_FOR_MS = 8_000;
/** After a dialog's closing transition, focus is back or lost for good. */
const FOCUS_SETTLED_MS = 400;

const useStyles = makeStyles(theme => ({
  region: {
    position: 'fixed',
    bottom: theme.spacing(3),
    left: '50%',
    transform: 'translateX(-50%)',
    zIndex: theme.zIndex.snackbar,
    maxWidth: `calc(100% - ${theme.spacing(4)}px)`,
  },
  message: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    padding: theme.spacing(1.5, 2),
    backgroundColor: theme.palette.grey[900],
    color: theme.palette.common.white,
  },
}));

type ConfirmChange = (message: string) => void;

const ChangeConfirmationContext = createContext<ConfirmChange | undefined>(
  undefined,
);

/**
 * Where a record's page confirms the changes made on it: a polite live region that is
 * always there (screen readers only announce changes to a region that already exists),
 * showing the last confirmation for a few seconds. When a change removed the control
 * that had focus (the dialog's button is gone once the status moved on), focus goes to
 * the element marked `data-focus-fallback`, else the page's heading, rather than being
 * lost at the top of the document.
 *
 * @public
 */
export function ChangeConfirmationProvider(props: { children: ReactNode }) {
  const classes = useStyles();
  const [message, setMessage] = useState<{ text: string; at: number }>();
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);
  useEffect(() => () => timers.current.forEach(clearTimeout), []);

  const confirm = useCallback((text: string) => {
    const at = Date.now();
    setMessage({ text, at });
    timers.current.push(
      setTimeout(
        () => setMessage(current => (current?.at === at ? undefined : current)),
        SHOWN_FOR_MS,
      ),
      setTimeout(() => {
        if (
          !document.activeElement ||
          document.activeElement === document.body
        ) {
          const fallback =
            document.querySelector<HTMLElement>('[data-focus-fallback]') ??
            document.querySelector<HTMLElement>('main h1');
          fallback?.focus();
        }
      }, FOCUS_SETTLED_MS),
    );
  }, []);

  return (
    <ChangeConfirmationContext.Provider value={confirm}>
      {props.children}
      <div role="status" aria-live="polite" className={classes.region}>
        {message && (
          <Paper elevation={6} className={classes.message}>
            <CheckCircleIcon fontSize="small" aria-hidden />
            <Typography variant="body2" component="span">
              {message.text}
            </Typography>
          </Paper>
        )}
      </div>
    </ChangeConfirmationContext.Provider>
  );
}

/**
 * Confirms a change visibly and to screen readers: on a record's page through its
 * {@link ChangeConfirmationProvider}, elsewhere as a Backstage alert.
 */
export function useConfirmChange(): ConfirmChange {
  const confirm = useContext(ChangeConfirmationContext);
  const alertApi = useApi(alertApiRef);
  return useCallback(
    (text: string) =>
      confirm
        ? confirm(text)
        : alertApi.post({
            message: text,
            severity: 'success',
            display: 'transient',
          }),
    [confirm, alertApi],
  );
}
