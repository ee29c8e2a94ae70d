import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApis } from '../../../__testUtils__/render';
import { CatalogEntityPicker } from './CatalogEntityPicker';

describe('CatalogEntityPicker', () => {
  it('names the list it opens with aria-controls, as ARIA 1.2 comboboxes do', async () => {
    const onChange = jest.fn();
    await renderWithApis(
      <CatalogEntityPicker
        id="owner"
        label="Owner team"
        kinds={['Group']}
        value={null}
        onChange={onChange}
        noOptionsText="None"
        loadingText="Loading"
      />,
    );
    const combobox = screen.getByRole('combobox');
    expect(combobox).not.toHaveAttribute('aria-controls');

    await userEvent.type(screen.getByLabelText('Owner team'), 'Store');
    const list = await screen.findByRole('listbox');
    expect(combobox).toHaveAttribute('aria-controls', list.id);

    await userEvent.click(
      await screen.findByRole('option', { name: /Storefront/ }),
    );
    expect(onChange).toHaveBeenCalledWith('group:default/storefront-team');
    expect(combobox).not.toHaveAttribute('aria-controls');
  });
});
