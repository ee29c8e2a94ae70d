import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApis } from '../../../__testUtils__/render';
import { TestLanguage } from '../../../__testUtils__/language';
import {
  aFailedResponse,
  aResponseError,
} from '../../../__testUtils__/responseErrors';
import { ErrorNotice, RecordErrorPage } from './ErrorNotice';

// The first render of a test app takes a while.
jest.setTimeout(30_000);

const NBSP = '\u00a0';

/** Each kind of failure, and what the user reads for it in each language. */
const kinds: Array<{
  kind: string;
  error: () => Promise<unknown>;
  en: string;
  fr: string;
  retry: boolean;
}> = [
  {
    kind: 'not found (404)',
    error: () =>
      aFailedResponse(404, { name: 'NotFoundError', message: 'No INC-99999' }),
    en: 'This no longer exists, or you cannot see it.',
    fr: 'Ceci n’existe plus, ou vous ne pouvez pas le voir.',
    retry: false,
  },
  {
    kind: 'not allowed (403)',
    error: () =>
      aFailedResponse(403, {
        name: 'NotAllowedError',
        message: 'Not allowed: incidents.incident.update',
      }),
    en: 'You don’t have permission to do this. Ask your Backstage administrators if you need it.',
    fr: 'Vous n’avez pas la permission de faire ceci. Demandez-la aux administrateurs de Backstage si vous en avez besoin.',
    retry: false,
  },
  {
    kind: 'signed out (401)',
    error: () =>
      aFailedResponse(401, {
        name: 'AuthenticationError',
        message: 'Missing credentials',
      }),
    en: 'Your Backstage session has ended. Sign in again, then try again.',
    fr: 'Votre session Backstage a pris fin. Reconnectez-vous, puis réessayez.',
    retry: true,
  },
  {
    kind: 'no answer (network)',
    error: async () => new TypeError('Failed to fetch'),
    en: 'Could not reach Backstage. Check your connection, then try again.',
    fr: 'Impossible de joindre Backstage. Vérifiez votre connexion, puis réessayez.',
    retry: true,
  },
  {
    kind: 'a server error (500)',
    error: () =>
      aFailedResponse(500, {
        name: 'Error',
        message: 'relation "incidents" does not exist',
      }),
    en: 'Something went wrong on the server; try again in a moment.',
    fr: `Une erreur s’est produite sur le serveur${NBSP}; réessayez dans un instant.`,
    retry: true,
  },
  {
    kind: 'a proxy’s error page (502)',
    error: () =>
      Promise.resolve(
        new Response('<html>Bad gateway at http://backend:7007</html>', {
          status: 502,
          statusText: 'Bad Gateway',
          headers: { 'Content-Type': 'text/html' },
        }),
      ).then(async response =>
        (await import('@backstage/errors')).ResponseError.fromResponse(
          response,
        ),
      ),
    en: 'Something went wrong on the server; try again in a moment.',
    fr: `Une erreur s’est produite sur le serveur${NBSP}; réessayez dans un instant.`,
    retry: true,
  },
  {
    kind: 'anything else',
    error: async () =>
      new Error("Cannot read properties of undefined (reading 'id')"),
    en: 'Something went wrong; try again.',
    fr: `Une erreur s’est produite${NBSP}; réessayez.`,
    retry: true,
  },
];

/** Everything the user could read, and what the page holds besides (links, alt texts). */
function everything() {
  return document.body.innerHTML;
}

describe('ErrorNotice', () => {
  describe.each(['en', 'fr'] as TestLanguage[])('in %s', language => {
    it.each(kinds)(
      'says what $kind means for the user, and nothing more',
      async ({ error, ...words }) => {
        const onRetry = jest.fn();
        await renderWithApis(
          <ErrorNotice
            title="Could not load the incidents"
            error={await error()}
            onRetry={onRetry}
          />,
          { language },
        );
        const alert = screen.getByRole('alert');
        // Exactly, non-breaking spaces included.
        expect(alert.textContent).toContain(words[language]);
        expect(alert).toHaveTextContent('Could not load the incidents');
        for (const hidden of [
          '/api/incidents',
          'http://',
          ' at ',
          'Request failed',
          'NotAllowedError',
          'does not exist',
          'Cannot read properties',
          '{',
        ]) {
          expect(everything()).not.toContain(hidden);
        }
        const retry = screen.queryByRole('button', {
          name: language === 'fr' ? 'Réessayer' : 'Try again',
        });
        // Trying again helps only when the backend may answer better next time.
        expect(retry !== null).toBe(words.retry);
        if (retry) {
          await userEvent.click(retry);
        }
        expect(onRetry).toHaveBeenCalledTimes(words.retry ? 1 : 0);
      },
    );
  });

  it('keeps the backend’s words when it refused the request (400, 409)', async () => {
    await renderWithApis(
      <ErrorNotice
        title="Could not load the metrics"
        error={await aResponseError(
          'bucket: too many weeks; choose a larger bucket',
        )}
        onRetry={() => {}}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'bucket: too many weeks; choose a larger bucket',
    );
    // Trying the same request again would not help.
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('offers no Try again without a way to try again', async () => {
    await renderWithApis(
      <ErrorNotice
        title="Could not load the incidents"
        error={new TypeError('Failed to fetch')}
      />,
    );
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('RecordErrorPage', () => {
  const page = {
    reference: 'INC-99999',
    type: 'Incidents',
    listLink: '/incidents',
    loadErrorTitle: 'Could not load this incident',
    notFoundTitle: 'No incident INC-99999',
    notFoundDescription: 'There is no incident INC-99999 that you can see.',
    backLabel: 'Back to the incidents',
  };

  it('is a not-found page with the way back for an unknown record', async () => {
    await renderWithApis(
      <RecordErrorPage
        {...page}
        error={await aFailedResponse(404, {
          name: 'NotFoundError',
          message: 'No incident INC-99999',
        })}
      />,
    );
    expect(
      screen.getByRole('heading', { name: 'No incident INC-99999' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('There is no incident INC-99999 that you can see.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Back to the incidents' }),
    ).toHaveAttribute('href', '/incidents');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(everything()).not.toContain('/api/incidents');
  });

  it('is the not-found page for a path that names no record', async () => {
    await renderWithApis(<RecordErrorPage {...page} />);
    expect(
      screen.getByRole('heading', { name: 'No incident INC-99999' }),
    ).toBeInTheDocument();
  });

  it('says why an existing record could not be loaded, and offers to try again', async () => {
    const onRetry = jest.fn();
    await renderWithApis(
      <RecordErrorPage
        {...page}
        error={await aFailedResponse(503, {
          name: 'ServiceUnavailableError',
          message: 'database is starting',
        })}
        onRetry={onRetry}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Could not load this incident');
    expect(alert).toHaveTextContent(
      'Something went wrong on the server; try again in a moment.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalled();
    expect(everything()).not.toContain('database is starting');
  });
});
