import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import {
  Content,
  EmptyState,
  Header,
  LinkButton,
  Page,
} from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { useErrorText } from '../../../hooks/useErrorText';
import { errorKind } from '../../../lib/errorKinds';
import { incidentsTranslationRef } from '../../../translation';

/** @public */
export type ErrorNoticeProps = {
  /** What could not be done: `Could not load the incidents`. */
  title: string;
  /** The failure; only its kind is shown (or the backend's words for a refused request). */
  error: unknown;
  /** Offers **Try again** when trying again may help (no answer, a server error). */
  onRetry?(): void;
};

/**
 * A failure in the user's language: what could not be done and why, in words for people
 * (not found, not allowed, signed out, Backstage out of reach, a server error), never
 * the request, its URL, the response body or a stack trace.
 *
 * @public
 */
export function ErrorNotice(props: ErrorNoticeProps) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const errorText = useErrorText();
  const kind = errorKind(props.error);
  const retryable = ['network', 'server', 'signedOut', 'unknown'].includes(
    kind,
  );
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        props.onRetry &&
        retryable && (
          <Button color="inherit" size="small" onClick={props.onRetry}>
            {t('errors.retry')}
          </Button>
        )
      }
    >
      <AlertTitle>{props.title}</AlertTitle>
      {errorText(props.error)}
    </Alert>
  );
}

/** @public */
export type RecordErrorPageProps = {
  /** The number or id in the address: `INC-99999`. */
  reference: string;
  /** The kind of record, above the title: `Incidents`. */
  type: string;
  /** The list the record belongs to, linked from `type` and from the way back. */
  listLink: string;
  /** Why the page is empty; none for a path that names no record at all. */
  error?: unknown;
  /** What could not be done when the record exists: `Could not load this incident`. */
  loadErrorTitle: string;
  /** The title and description when there is no such record, and the way back. */
  notFoundTitle: string;
  notFoundDescription: string;
  backLabel: string;
  onRetry?(): void;
};

/**
 * The page of an incident or known error that could not be shown. When there is no
 * such record (or the user may not see it), a not-found page with the way back to its
 * list; otherwise why it could not be loaded, in the user's language.
 *
 * @public
 */
export function RecordErrorPage(props: RecordErrorPageProps) {
  const notFound =
    props.error === undefined || errorKind(props.error) === 'notFound';
  return (
    <Page themeId="tool">
      <Header
        title={props.reference}
        type={props.type}
        typeLink={props.listLink}
      />
      <Content>
        {notFound ? (
          <EmptyState
            missing="info"
            title={props.notFoundTitle}
            description={props.notFoundDescription}
            action={
              <LinkButton
                to={props.listLink}
                variant="contained"
                color="primary"
              >
                {props.backLabel}
              </LinkButton>
            }
          />
        ) : (
          <ErrorNotice
            title={props.loadErrorTitle}
            error={props.error}
            onRetry={props.onRetry}
          />
        )}
      </Content>
    </Page>
  );
}
