// In its own file: usePermission caches answers for the whole test file.
import { mockApis } from '@backstage/test-utils';
import { screen, waitFor } from '@testing-library/react';
import { anIncident, testConfig } from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { EditIncidentButton } from './EditIncidentButton';

jest.setTimeout(30_000);

describe('EditIncidentButton and incident.update', () => {
  it('offers no editing to people who may not update the incident', async () => {
    const authorize = jest.fn(
      // AuthorizeResult; the enum lives in a package this one does not depend on.
      () => 'DENY' as never,
    );
    await renderWithApis(
      <EditIncidentButton
        incident={anIncident()}
        severities={testConfig.severities}
        onChanged={jest.fn()}
      />,
      { permission: mockApis.permission({ authorize }) },
    );
    await waitFor(() =>
      expect(authorize).toHaveBeenCalledWith({
        permission: expect.objectContaining({ name: 'incident.update' }),
        resourceRef: anIncident().id,
      }),
    );
    expect(
      screen.queryByRole('button', { name: 'Edit details' }),
    ).not.toBeInTheDocument();
  });

  it('asks about the incident by its id', async () => {
    // Another incident than above: answers are cached by permission and resource ref.
    const incident = anIncident({
      id: '6f0c2a52-0f3c-4a57-9d7e-1f3f1d4ab0e2',
      number: 'INC-8',
    });
    await renderWithApis(
      <EditIncidentButton
        incident={incident}
        severities={testConfig.severities}
        onChanged={jest.fn()}
      />,
      {
        // Allowed for this incident only, when asked by its id.
        permission: mockApis.permission({
          authorize: request =>
            (request.permission.name === 'incident.update' &&
            request.resourceRef === incident.id
              ? 'ALLOW'
              : 'DENY') as never,
        }),
      },
    );
    expect(
      await screen.findByRole('button', { name: 'Edit details' }),
    ).toBeInTheDocument();
  });
});
