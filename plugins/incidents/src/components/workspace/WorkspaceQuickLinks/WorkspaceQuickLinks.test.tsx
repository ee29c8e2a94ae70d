import { screen } from '@testing-library/react';
import { renderWithApis } from '../../../__testUtils__/render';
import {
  CHANNEL_URL,
  channelResult,
  declareSteps,
  MEET_URL,
  meetResult,
  unconfiguredSteps,
} from '../../../__testUtils__/workspaceSteps';
import { WORKSPACE_SETUP_DOCS_URL } from '../workspaceSetUpDocs';
import { WorkspaceQuickLinks } from './WorkspaceQuickLinks';

describe('WorkspaceQuickLinks', () => {
  it('links the channel and the Meet once they exist', async () => {
    await renderWithApis(
      <WorkspaceQuickLinks
        steps={declareSteps({
          'slack.channel': { status: 'succeeded', result: channelResult },
          'google.meet': { status: 'succeeded', result: meetResult },
        })}
      />,
    );
    expect(
      screen.getByRole('link', {
        name: /Slack: #incident-2026-11-22-cart-totals-are-wrong/,
      }),
    ).toHaveAttribute('href', CHANNEL_URL);
    expect(screen.getByRole('link', { name: /Join the Meet/ })).toHaveAttribute(
      'href',
      MEET_URL,
    );
    expect(
      screen.queryByRole('link', { name: /Postmortem document/ }),
    ).not.toBeInTheDocument();
  });

  it('shows nothing while the steps are still under way', async () => {
    const { container } = await renderWithApis(
      <WorkspaceQuickLinks steps={declareSteps()} />,
    );
    expect(container).toHaveTextContent(/^$/);
  });

  it.each([
    [
      'en' as const,
      'No channel, Meet or document: Slack and Google Workspace are not set up here.',
      'How to set up Slack and Google Workspace',
    ],
    [
      'fr' as const,
      'Ni canal, ni Meet, ni document : Slack et Google Workspace ne sont pas configurés ici.',
      'Configurer Slack et Google Workspace',
    ],
  ])(
    'says in one line (%s) that nothing is set up, with the way to set it up',
    // Testing Library reads a non-breaking space as a space.
    async (language, line, link) => {
      await renderWithApis(
        <WorkspaceQuickLinks steps={unconfiguredSteps()} />,
        { language },
      );
      expect(screen.getByText(line, { exact: false })).toBeInTheDocument();
      expect(
        screen.getByRole('link', { name: new RegExp(link) }),
      ).toHaveAttribute('href', WORKSPACE_SETUP_DOCS_URL);
    },
  );
});
