import { screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { anIncident, mockIncidentsApi } from '../../../__testUtils__/fixtures';
import { TestLanguage } from '../../../__testUtils__/language';
import { renderWithApis } from '../../../__testUtils__/render';
import { aFailedResponse } from '../../../__testUtils__/responseErrors';
import { IncidentsRouter } from './IncidentsRouter';

jest.setTimeout(30_000);

const incident = anIncident();

/** The router where the app mounts the incidents page, opened at `path`. */
function renderAt(path: string) {
  return renderWithApis(
    <Routes>
      <Route path="/incidents/*" element={<IncidentsRouter />} />
    </Routes>,
    {
      api: mockIncidentsApi({
        getIncident: jest.fn().mockResolvedValue(incident),
      }),
      routeEntries: [path],
    },
  );
}

describe('IncidentsRouter', () => {
  it('lists the incidents at its mount point', async () => {
    const { api } = await renderAt('/incidents');
    expect(
      await screen.findByRole('heading', { name: 'Incidents' }),
    ).toBeInTheDocument();
    expect(api.listIncidents).toHaveBeenCalled();
    expect(api.getIncident).not.toHaveBeenCalled();
  });

  it('shows the metrics page at /incidents/metrics', async () => {
    const { api } = await renderAt('/incidents/metrics');
    expect(
      await screen.findByRole('heading', { name: 'Incident metrics' }),
    ).toBeInTheDocument();
    expect(api.getIncident).not.toHaveBeenCalled();
  });

  it.each([
    ['its number', 'INC-3'],
    ['its number in lower case', 'inc-3'],
    ['its id', incident.id],
  ])('shows an incident’s page by %s', async (_, reference) => {
    const { api } = await renderAt(`/incidents/${reference}`);
    expect(
      await screen.findByRole('heading', { name: incident.title }),
    ).toBeInTheDocument();
    expect(api.getIncident).toHaveBeenCalledWith(reference);
  });

  it('shows an incident’s Postmortem tab at /incidents/INC-n/postmortem', async () => {
    const { api, postmortemsApi } = await renderAt(
      '/incidents/INC-3/postmortem',
    );
    expect(
      await screen.findByRole('heading', { name: incident.title }),
    ).toBeInTheDocument();
    expect(api.getIncident).toHaveBeenCalledWith('INC-3');
    expect(screen.getByRole('tab', { name: 'Postmortem' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await waitFor(() =>
      expect(postmortemsApi.getPostmortem).toHaveBeenCalledWith(incident.id),
    );
  });

  it.each([
    ['a segment that is no incident reference', 'metric', 'metric'],
    ['a deeper path', 'INC-3/postmortem/draft', 'INC-3/postmortem/draft'],
  ])(
    'shows the unknown incident’s page for %s, without asking the backend',
    async (_, path, reference) => {
      const { api } = await renderAt(`/incidents/${path}`);
      expect(
        await screen.findByText(`No incident ${reference}`),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('heading', { name: reference }),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('button', { name: 'Back to the incidents' }),
      ).toHaveAttribute('href', '/incidents');
      expect(api.getIncident).not.toHaveBeenCalled();
    },
  );

  describe('an incident the backend does not know', () => {
    /** The router at /incidents/INC-99999, the backend answering 404 as it does. */
    async function renderUnknown(language?: TestLanguage) {
      return renderWithApis(
        <Routes>
          <Route path="/incidents/*" element={<IncidentsRouter />} />
        </Routes>,
        {
          api: mockIncidentsApi({
            getIncident: jest.fn().mockRejectedValue(
              await aFailedResponse(404, {
                name: 'NotFoundError',
                message: 'No incident INC-99999',
              }),
            ),
          }),
          routeEntries: ['/incidents/INC-99999'],
          language,
        },
      );
    }

    it('is a not-found page with the way back to the incidents, and no request or stack', async () => {
      const { api } = await renderUnknown();
      expect(
        await screen.findByRole('heading', { name: 'No incident INC-99999' }),
      ).toBeInTheDocument();
      expect(
        screen.getByText(/There is no incident INC-99999 that you can see/),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('button', { name: 'Back to the incidents' }),
      ).toHaveAttribute('href', '/incidents');
      expect(api.getIncident).toHaveBeenCalledWith('INC-99999');
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
          name: 'Pas d’incident INC-99999',
        }),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('button', { name: 'Retour aux incidents' }),
      ).toHaveAttribute('href', '/incidents');
    });
  });
});
