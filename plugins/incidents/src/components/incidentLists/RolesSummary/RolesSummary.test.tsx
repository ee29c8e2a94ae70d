import { RoleAssignment } from '@incident-response/backstage-plugin-incidents-common';
import { screen } from '@testing-library/react';
import { renderWithApis } from '../../../__testUtils__/render';
import { RolesSummary } from './RolesSummary';

const held = (role: RoleAssignment['role'], name: string): RoleAssignment => ({
  role,
  userRef: `user:default/${name}`,
  assignedAt: '2026-11-30T10:00:00.000Z',
  assignedByRef: 'user:default/guest',
  note: null,
});

jest.setTimeout(30_000);

describe('RolesSummary', () => {
  it('shows the incident commander and how many more roles are held', async () => {
    await renderWithApis(
      <RolesSummary
        roles={[
          held('reporter', 'guest'),
          held('incident-commander', 'amelie.tremblay'),
          held('operations-lead', 'guest'),
          held('scribe', 'guest'),
        ]}
      />,
    );
    expect(
      screen.getByRole('link', { name: /amelie.tremblay|Amélie Tremblay/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('+2')).toHaveAccessibleName(
      'and 2 more roles: Operations lead, Scribe',
    );
    expect(screen.queryByText(/Reporter/)).not.toBeInTheDocument();
  });

  it('says so in French', async () => {
    await renderWithApis(
      <RolesSummary
        roles={[
          held('incident-commander', 'guest'),
          held('communications-lead', 'guest'),
        ]}
      />,
      { language: 'fr' },
    );
    expect(await screen.findByText('+1')).toHaveAccessibleName(
      /^et 1 autre rôle\s: Responsable des communications$/,
    );
  });

  it('says nobody leads when there is no commander', async () => {
    await renderWithApis(<RolesSummary roles={[held('reporter', 'guest')]} />);
    expect(screen.getByText('Not set')).toBeInTheDocument();
    expect(screen.queryByText(/^\+/)).not.toBeInTheDocument();
  });
});
