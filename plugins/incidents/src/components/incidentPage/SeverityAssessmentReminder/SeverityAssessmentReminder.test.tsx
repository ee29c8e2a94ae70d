import { IncidentDetails } from '@incident-response/backstage-plugin-incidents-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import {
  anIncident,
  mockIncidentsApi,
  testConfig,
} from '../../../__testUtils__/fixtures';
import { TestLanguage } from '../../../__testUtils__/language';
import { renderWithApis } from '../../../__testUtils__/render';
import { aResponseError } from '../../../__testUtils__/responseErrors';
import { ChangeConfirmationProvider } from '../../shared';
import { SeverityAssessmentReminder } from './SeverityAssessmentReminder';

const unassessed = anIncident({ number: 'INC-7', severity: null });

/** The reminder as a page holds it: the incident it shows is the one it last got back. */
function Page(props: { incident: IncidentDetails }) {
  const [incident, setIncident] = useState(props.incident);
  return (
    <ChangeConfirmationProvider>
      <SeverityAssessmentReminder
        incident={incident}
        severities={testConfig.severities}
        onChanged={setIncident}
      />
    </ChangeConfirmationProvider>
  );
}

const words: Record<
  TestLanguage,
  {
    title: string;
    open: string;
    severity: RegExp;
    submit: string;
    saved: string;
  }
> = {
  en: {
    title: 'The severity of INC-7 is still to be assessed',
    open: 'Assess the severity',
    severity: /SEV2 - Major/,
    submit: 'Set the severity',
    saved: 'Severity set to SEV2 - Major',
  },
  fr: {
    title: 'La gravité de INC-7 reste à évaluer',
    open: 'Évaluer la gravité',
    severity: /SEV2 - Majeur/,
    submit: 'Fixer la gravité',
    saved: 'Gravité fixée à SEV2 - Majeur',
  },
};

describe('SeverityAssessmentReminder', () => {
  describe.each(['en', 'fr'] as TestLanguage[])('in %s', language => {
    it('asks for the severity with its guidance, sets it there and confirms it', async () => {
      const api = mockIncidentsApi();
      api.updateIncident.mockResolvedValue({
        ...unassessed,
        severity: 'SEV2',
      });
      await renderWithApis(<Page incident={unassessed} />, { api, language });

      const notice = screen.getByRole('region', {
        name: words[language].title,
      });
      // Folded until asked for, so the rest of the page stays in view.
      expect(within(notice).queryByRole('radio')).not.toBeInTheDocument();
      await userEvent.click(
        within(notice).getByRole('button', { name: words[language].open }),
      );
      // The handbook's guidance is next to each choice.
      expect(
        within(notice).getByRole('radio', { name: words[language].severity }),
      ).toHaveAccessibleDescription(/.+/);
      await userEvent.click(
        within(notice).getByRole('radio', { name: words[language].severity }),
      );
      await userEvent.click(
        within(notice).getByRole('button', { name: words[language].submit }),
      );

      expect(api.updateIncident).toHaveBeenCalledWith(unassessed.id, {
        severity: 'SEV2',
      });
      expect(await screen.findByRole('status')).toHaveTextContent(
        words[language].saved,
      );
      expect(screen.queryByRole('region')).not.toBeInTheDocument();
    });
  });

  it('asks for a choice before sending anything', async () => {
    const { api } = await renderWithApis(<Page incident={unassessed} />);
    await userEvent.click(
      screen.getByRole('button', { name: 'Assess the severity' }),
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Set the severity' }),
    );
    expect(screen.getByText('Choose a severity')).toBeVisible();
    expect(api.updateIncident).not.toHaveBeenCalled();
  });

  it('says what went wrong and keeps the notice when saving fails', async () => {
    const api = mockIncidentsApi();
    api.updateIncident.mockRejectedValue(
      await aResponseError("severity: 'SEV9' is not one of SEV1"),
    );
    await renderWithApis(<Page incident={unassessed} />, { api });
    await userEvent.click(
      screen.getByRole('button', { name: 'Assess the severity' }),
    );
    await userEvent.click(screen.getByRole('radio', { name: /SEV1/ }));
    await userEvent.click(
      screen.getByRole('button', { name: 'Set the severity' }),
    );
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        /Could not set the severity: severity: 'SEV9' is not one of SEV1/,
      ),
    );
    expect(
      screen.getByRole('region', {
        name: 'The severity of INC-7 is still to be assessed',
      }),
    ).toBeVisible();
  });

  it('shows nothing once the severity is set, or when the incident is resolved', async () => {
    await renderWithApis(
      <>
        <Page incident={anIncident({ severity: 'SEV3' })} />
        <Page incident={{ ...unassessed, status: 'resolved' }} />
      </>,
    );
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });
});
