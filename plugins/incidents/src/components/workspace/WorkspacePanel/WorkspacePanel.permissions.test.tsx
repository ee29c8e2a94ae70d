// In its own file: usePermission caches answers for the whole test file.
import { mockApis } from '@backstage/test-utils';
import { screen, waitFor } from '@testing-library/react';
import { anIncident } from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { declareSteps } from '../../../__testUtils__/workspaceSteps';
import { WorkspacePanel } from './WorkspacePanel';

jest.setTimeout(30_000);

describe('WorkspacePanel without incident.steps.retry', () => {
  it('shows the failed steps but no Retry failed steps', async () => {
    const authorize = jest.fn(
      (request: { permission: { name: string } }) =>
        // AuthorizeResult; the enum lives in a package this one does not depend on.
        (request.permission.name === 'incident.steps.retry'
          ? 'DENY'
          : 'ALLOW') as never,
    );
    await renderWithApis(
      <WorkspacePanel
        incident={anIncident({
          steps: declareSteps({
            'slack.channel': {
              status: 'failed',
              attempts: 1,
              lastError: 'Slack answered missing_scope (channels:manage)',
            },
          }),
        })}
        onChanged={jest.fn()}
      />,
      { permission: mockApis.permission({ authorize }) },
    );
    expect(
      await screen.findByText('Slack answered missing_scope (channels:manage)'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(authorize).toHaveBeenCalledWith(
        expect.objectContaining({
          permission: expect.objectContaining({ name: 'incident.steps.retry' }),
        }),
      ),
    );
    expect(
      screen.queryByRole('button', { name: 'Retry failed steps' }),
    ).not.toBeInTheDocument();
  });
});
