import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import {
  aKnownErrorDetails,
  mockKnownErrorsApi,
} from '../../../__testUtils__/fixtures';
import { TestLanguage } from '../../../__testUtils__/language';
import { renderWithApis } from '../../../__testUtils__/render';
import { aFailedResponse } from '../../../__testUtils__/responseErrors';
import { KnownErrorsRouter } from './KnownErrorsRouter';

jest.setTimeout(30_000);

const knownError = aKnownErrorDetails();

/** The router where the app mounts the known errors page, opened at `path`. */
function renderAt(path: string) {
  return renderWithApis(
    <Routes>
      <Route path="/known-errors/*" element={<KnownErrorsRouter />} />
    </Routes>,
    {
      knownErrorsApi: mockKnownErrorsApi({
        getKnownError: jest.fn().mockResolvedValue(knownError),
      }),
      routeEntries: [path],
    },
  );
}

describe('KnownErrorsRouter', () => {
  it('lists the known errors at its mount point', async () => {
    const { knownErrorsApi } = await renderAt('/known-errors');
    expect(
      await screen.findByRole('heading', { name: 'Known errors' }),
    ).toBeInTheDocument();
    expect(knownErrorsApi.listKnownErrors).toHaveBeenCalled();
    expect(knownErrorsApi.getKnownError).not.toHaveBeenCalled();
  });

  it.each([
    ['its number', 'KE-3'],
    ['its number in lower case', 'ke-3'],
    ['its id', knownError.id],
  ])('shows a known error’s page by %s', async (_, reference) => {
    const { knownErrorsApi } = await renderAt(`/known-errors/${reference}`);
    expect(
      await screen.findByRole('heading', { name: knownError.title }),
    ).toBeInTheDocument();
    expect(knownErrorsApi.getKnownError).toHaveBeenCalledWith(reference);
  });

  it.each([
    ['a segment that is no known error reference', 'search', 'search'],
    ['a deeper path', 'KE-3/history', 'KE-3/history'],
  ])(
    'shows the unknown known error’s page for %s, with the way back, without asking the backend',
    async (_, path, reference) => {
      const { knownErrorsApi } = await renderAt(`/known-errors/${path}`);
      expect(
        await screen.findByText(`No known error ${reference}`),
      ).toBeInTheDocument();
      // Backstage's LinkButton: a link that looks and is announced as a button.
      expect(
        screen.getByRole('button', { name: 'Back to the known errors' }),
      ).toHaveAttribute('href', '/known-errors');
      expect(knownErrorsApi.getKnownError).not.toHaveBeenCalled();
    },
  );

  describe('a known error the backend does not know', () => {
    /** The router at /known-errors/KE-99999, the backend answering 404 as it does. */
    async function renderUnknown(language?: TestLanguage) {
      return renderWithApis(
        <Routes>
          <Route path="/known-errors/*" element={<KnownErrorsRouter />} />
        </Routes>,
        {
          knownErrorsApi: mockKnownErrorsApi({
            getKnownError: jest.fn().mockRejectedValue(
              await aFailedResponse(404, {
                name: 'NotFoundError',
                message: 'No known error KE-99999',
              }),
            ),
          }),
          routeEntries: ['/known-errors/KE-99999'],
          language,
        },
      );
    }

    it('is a not-found page with the way back to the known errors, and no request or stack', async () => {
      const { knownErrorsApi } = await renderUnknown();
      expect(
        await screen.findByRole('heading', {
          name: 'No known error KE-99999',
        }),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('button', { name: 'Back to the known errors' }),
      ).toHaveAttribute('href', '/known-errors');
      expect(knownErrorsApi.getKnownError).toHaveBeenCalledWith('KE-99999');
      expect(screen.queryByRole('alert')).toBeNull();
      const text = document.body.textContent;
      expect(text).not.toContain('/api/incidents');
      expect(text).not.toContain(' at ');
      expect(text).not.toContain('404');
      expect(document.body.innerHTML).not.toContain('/api/incidents');
    });

    it('is in the user’s language', async () => {
      await renderUnknown('fr');
      expect(
        await screen.findByRole('heading', {
          name: "Pas d'erreur connue KE-99999",
        }),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('button', { name: 'Retour aux erreurs connues' }),
      ).toHaveAttribute('href', '/known-errors');
    });
  });
});
