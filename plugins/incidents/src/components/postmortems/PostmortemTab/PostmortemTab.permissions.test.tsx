// Approving needs postmortem.approve; editing and sending back, incident.update.
// In its own file: usePermission caches answers for the whole test file.
import { mockApis } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import {
  anActionItem,
  anIncident,
  aPostmortem,
  mockPostmortemsApi,
  testConfig,
} from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { PostmortemTab } from './PostmortemTab';

jest.setTimeout(30_000);

// AuthorizeResult; the enum lives in a package this one does not depend on.
const allowAllButApproval = () =>
  mockApis.permission({
    authorize: request =>
      (request.permission.name === 'postmortem.approve'
        ? 'DENY'
        : 'ALLOW') as never,
  });

describe('without postmortem.approve', () => {
  it('a postmortem in review can be sent back but not approved', async () => {
    await renderWithApis(
      <PostmortemTab
        incident={anIncident()}
        timeline={[]}
        config={testConfig}
      />,
      {
        postmortemsApi: mockPostmortemsApi({
          getPostmortem: jest.fn().mockResolvedValue(
            aPostmortem({
              status: 'in-review',
              updatedAt: '2026-12-01T10:00:00.000Z',
              actionItems: [anActionItem()],
            }),
          ),
        }),
        permission: allowAllButApproval(),
      },
    );
    expect(
      await screen.findByRole('button', { name: 'Send back to draft' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
    expect(
      screen.getByText(
        'Approval needs the postmortem approval permission (SRE leadership).',
      ),
    ).toBeInTheDocument();
  });
});
