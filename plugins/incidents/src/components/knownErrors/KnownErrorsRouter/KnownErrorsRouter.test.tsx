import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import {
  aKnownErrorDetails,
  mockKnownErrorsApi,
} from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
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
});
