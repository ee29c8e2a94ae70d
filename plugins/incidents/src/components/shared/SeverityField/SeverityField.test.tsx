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
});
