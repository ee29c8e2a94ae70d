import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { testConfig } from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { SeverityField } from './SeverityField';

describe('SeverityField', () => {
  it('describes each severity next to its choice and reports the choice', async () => {
    const onChange = jest.fn();
    await renderWithApis(
      <SeverityField
        id="severity"
        label="Severity"
        severities={testConfig.severities}
        value="SEV2"
        onChange={onChange}
        helperText="How bad is it?"
      />,
    );
    expect(screen.getByRole('radiogroup', { name: 'Severity' })).toBeVisible();
    expect(screen.getByRole('radio', { name: /SEV2 - Major/ })).toBeChecked();
    const critical = screen.getByRole('radio', { name: /SEV1 - Critical/ });
    expect(critical).toHaveAccessibleDescription(
      /A critical incident with very high impact.*Postmortem required.*Service is down for all users/,
    );
    // The first choice carries the field's id, to take the focus on a problem.
    expect(critical).toHaveAttribute('id', 'severity');
    await userEvent.click(critical);
    expect(onChange).toHaveBeenCalledWith('SEV1');
  });

  it('offers to leave the severity to be assessed as the first choice', async () => {
    const onChange = jest.fn();
    await renderWithApis(
      <SeverityField
        id="severity"
        label="Severity"
        severities={testConfig.severities}
        value=""
        onChange={onChange}
        helperText="How bad is it?"
        allowUnassessed
      />,
    );
    const unassessed = screen.getByRole('radio', {
      name: /^Not sure yet: to be assessed/,
    });
    expect(unassessed).toBeChecked();
    expect(unassessed).toHaveAttribute('id', 'severity');
    expect(unassessed).toHaveAccessibleDescription(
      /remind responders until someone sets the severity/,
    );
    // The guidance stays next to each severity for those who know it.
    await userEvent.click(screen.getByRole('radio', { name: /SEV2 - Major/ }));
    expect(onChange).toHaveBeenCalledWith('SEV2');
  });
});
