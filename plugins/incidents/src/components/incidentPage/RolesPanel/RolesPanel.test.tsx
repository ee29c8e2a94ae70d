import { aResponseError } from '../../../__testUtils__/responseErrors';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  INCIDENT_LIMITS,
  roleHolder,
} from '@incident-response/backstage-plugin-incidents-common';
import { anIncident, mockIncidentsApi } from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { RolesPanel } from './RolesPanel';

jest.setTimeout(30_000);

const incident = anIncident({
  roles: [
    ...anIncident().roles,
    {
      role: 'scribe',
      userRef: 'user:default/amelie.tremblay',
      assignedAt: new Date().toISOString(),
      assignedByRef: 'user:default/guest',
      note: 'Keep the timeline going, decisions first',
    },
  ],
});

/** The list item of one role, found by its heading. */
function roleItem(name: string) {
  return screen.getByRole('heading', { name }).closest('li')!;
}

async function renderPanel(api = mockIncidentsApi(), onChanged = jest.fn()) {
  const rendered = await renderWithApis(
    <RolesPanel incident={incident} onChanged={onChanged} />,
    { api },
  );
  return { ...rendered, onChanged };
}

// The panel shows holders through common's rule; this is the case it relies on.
describe('roleHolder', () => {
  it('gives every role not delegated to the incident commander', () => {
    expect(roleHolder(incident, 'scribe')).toMatchObject({
      userRef: 'user:default/amelie.tremblay',
      explicit: true,
    });
    expect(roleHolder(incident, 'communications-lead')).toEqual({
      userRef: 'user:default/guest',
      explicit: false,
    });
  });
});

describe('RolesPanel', () => {
  it('lists all seven roles, the commander holding those not delegated', async () => {
    await renderPanel();
    const headings = screen
      .getAllByRole('heading', { level: 4 })
      .map(h => h.textContent);
    expect(headings).toEqual([
      'Incident commander',
      'Operations lead',
      'Communications lead',
      'Policy lead',
      'Postmortem owner',
      'Scribe',
      'Reporter',
    ]);
    const communications = roleItem('Communications lead');
    expect(
      within(communications).getByRole('link', { name: /guest/ }),
    ).toBeInTheDocument();
    expect(
      within(communications).getByText(/as incident commander/),
    ).toBeInTheDocument();
    expect(
      within(communications).getByRole('button', {
        name: 'Assign: Communications lead',
      }),
    ).toBeInTheDocument();

    const scribe = roleItem('Scribe');
    expect(
      within(scribe).getByRole('link', { name: /amelie.tremblay/ }),
    ).toBeInTheDocument();
    expect(
      within(scribe).queryByText(/as incident commander/),
    ).not.toBeInTheDocument();
    expect(
      within(scribe).getByText(/Keep the timeline going/),
    ).toBeInTheDocument();
    expect(
      within(scribe).getByRole('button', { name: 'Hand over: Scribe' }),
    ).toBeInTheDocument();
  });

  it('hands the incident commander role over with a catalog user and a handoff note', async () => {
    const changed = anIncident({ number: 'INC-7' });
    const api = mockIncidentsApi({
      assignRole: jest.fn().mockResolvedValue(changed),
    });
    const { onChanged } = await renderPanel(api);

    await userEvent.click(
      screen.getByRole('button', { name: 'Hand over: Incident commander' }),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Hand over the Incident commander role',
    });
    expect(
      within(dialog).getByText(/The current state of the incident/),
    ).toBeInTheDocument();

    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Person/ }),
      'Amé',
    );
    await userEvent.click(
      await screen.findByRole('option', { name: /Amélie Tremblay/ }),
    );
    fireEvent.change(
      within(dialog).getByRole('textbox', { name: 'Handoff note' }),
      {
        target: { value: 'Rollback done; old baskets next; with Omar' },
      },
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Assign' }),
    );

    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(changed));
    expect(api.assignRole).toHaveBeenCalledWith(
      incident.id,
      'incident-commander',
      {
        userRef: 'user:default/amelie.tremblay',
        note: 'Rollback done; old baskets next; with Omar',
      },
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('does not offer the current holder and needs a person', async () => {
    const api = mockIncidentsApi();
    await renderPanel(api);
    await userEvent.click(
      screen.getByRole('button', { name: 'Hand over: Scribe' }),
    );
    const dialog = screen.getByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('textbox', { name: /Person/ }),
    );
    const options = await screen.findAllByRole('option');
    expect(options.map(o => o.textContent)).toEqual([
      expect.stringContaining('Guest Responder'),
    ]);
    await userEvent.keyboard('{Escape}');

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Assign' }),
    );
    expect(within(dialog).getByText('Choose a person')).toBeInTheDocument();
    expect(api.assignRole).not.toHaveBeenCalled();
  });

  it('applies the shared limit to the handoff note and shows backend errors', async () => {
    const api = mockIncidentsApi({
      assignRole: jest
        .fn()
        .mockRejectedValue(
          await aResponseError(
            "userRef: 'user:default/gone' was not found in the catalog",
          ),
        ),
    });
    await renderPanel(api);
    await userEvent.click(
      screen.getByRole('button', { name: 'Assign: Policy lead' }),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Assign the Policy lead role',
    });
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Person/ }),
      'Amé',
    );
    await userEvent.click(
      await screen.findByRole('option', { name: /Amélie Tremblay/ }),
    );

    const note = within(dialog).getByRole('textbox', { name: 'Handoff note' });
    fireEvent.change(note, {
      target: { value: 'x'.repeat(INCIDENT_LIMITS.noteMaxLength + 1) },
    });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Assign' }),
    );
    expect(
      within(dialog).getByText(
        `At most ${INCIDENT_LIMITS.noteMaxLength} characters`,
      ),
    ).toBeInTheDocument();
    expect(api.assignRole).not.toHaveBeenCalled();

    fireEvent.change(note, { target: { value: 'Assess the privacy impact' } });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Assign' }),
    );
    expect(
      await within(dialog).findByText(/was not found in the catalog/),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByRole('textbox', { name: /Person/ }),
    ).toHaveAttribute('aria-invalid', 'true');
  });
});
