// In its own file: usePermission caches answers for the whole test file.
import { mockApis } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { anIncident, testConfig } from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { SeverityAssessmentReminder } from './SeverityAssessmentReminder';

describe('SeverityAssessmentReminder without incident.update', () => {
  it('reminds, without a way to set the severity', async () => {
    await renderWithApis(
      <SeverityAssessmentReminder
        incident={anIncident({ number: 'INC-7', severity: null })}
        severities={testConfig.severities}
        onChanged={jest.fn()}
      />,
      {
        permission: mockApis.permission({
          // AuthorizeResult; the enum lives in a package this one does not depend on.
          authorize: 'DENY' as never,
        }),
      },
    );
    expect(
      screen.getByRole('region', {
        name: 'The severity of INC-7 is still to be assessed',
      }),
    ).toBeVisible();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
