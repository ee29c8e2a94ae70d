import { DEFAULT_SEVERITIES } from '@incident-response/backstage-plugin-incidents-common';
import { screen, within } from '@testing-library/react';
import { anIncident } from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { unconfiguredSteps } from '../../../__testUtils__/workspaceSteps';
import { IncidentSummary } from './IncidentSummary';

jest.setTimeout(30_000);

const HOUR = 60 * 60 * 1000;

function renderSummary(incident = anIncident(), language: 'en' | 'fr' = 'en') {
  return renderWithApis(
    <IncidentSummary
      incident={incident}
      severities={[...DEFAULT_SEVERITIES]}
      onChanged={jest.fn()}
    />,
    { language },
  );
}

describe('IncidentSummary', () => {
  it('says where the incident stands, how long it has lasted and who leads, without repeating its number', async () => {
    await renderSummary(
      anIncident({
        impactStartedAt: new Date(Date.now() - 2 * HOUR).toISOString(),
        steps: unconfiguredSteps(),
      }),
    );
    const summary = screen.getByRole('region', {
      name: 'Where the incident stands',
    });
    expect(within(summary).getByText('SEV2')).toBeInTheDocument();
    expect(within(summary).getByText('Active')).toBeInTheDocument();
    expect(within(summary).getByText('Going on for 2 hr')).toBeInTheDocument();
    expect(within(summary).queryByText('INC-7')).not.toBeInTheDocument();

    const leads = within(summary).getByText('Leading the response')
      .nextElementSibling as HTMLElement;
    expect(leads).toHaveTextContent('Incident commander:');
    expect(leads).toHaveTextContent('Operations lead:');
    // The reporter has a line of its own, not among those who lead.
    expect(leads).not.toHaveTextContent('Reporter');

    // Neither Slack nor Google is set up: one line with the way to set them up.
    expect(
      within(summary).getByText(/Slack and Google Workspace are not set up/),
    ).toBeInTheDocument();
  });

  it('says how long a resolved incident lasted, in French', async () => {
    const started = Date.now() - 5 * HOUR;
    await renderSummary(
      anIncident({
        status: 'resolved',
        impactStartedAt: new Date(started).toISOString(),
        mitigatedAt: new Date(started + HOUR).toISOString(),
        resolvedAt: new Date(started + 3 * HOUR).toISOString(),
      }),
      'fr',
    );
    expect(screen.getByText('Résolu après 3 h')).toBeInTheDocument();
  });
});
