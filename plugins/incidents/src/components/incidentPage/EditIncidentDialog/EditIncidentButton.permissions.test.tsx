// In its own file: usePermission caches answers for the whole test file.
import { mockApis } from '@backstage/test-utils';
import { screen, waitFor } from '@testing-library/react';
import { anIncident, testConfig } from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { EditIncidentButton } from './EditIncidentButton';

jest.setTimeout(30_000);

describe('EditIncidentButton without incident.update', () => {
  it('offers no editing', async () => {
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
      expect(authorize).toHaveBeenCalledWith(
        expect.objectContaining({
          permission: expect.objectContaining({ name: 'incident.update' }),
        }),
      ),
    );
    expect(
      screen.queryByRole('button', { name: 'Edit details' }),
    ).not.toBeInTheDocument();
  });
});
