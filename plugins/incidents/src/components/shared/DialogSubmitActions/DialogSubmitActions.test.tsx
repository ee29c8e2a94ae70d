import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApis } from '../../../__testUtils__/render';
import { DialogSubmitActions } from './DialogSubmitActions';

describe('DialogSubmitActions', () => {
  it('cancels, and submits the form it names', async () => {
    const onCancel = jest.fn();
    const onSubmit = jest.fn((event: { preventDefault(): void }) =>
      event.preventDefault(),
    );
    await renderWithApis(
      <>
        <form id="some-form" onSubmit={onSubmit} />
        <DialogSubmitActions
          onCancel={onCancel}
          submitLabel="Save"
          submitting={false}
          form="some-form"
        />
      </>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalled();
  });

  it('disables both buttons while submitting', async () => {
    await renderWithApis(
      <DialogSubmitActions
        onCancel={jest.fn()}
        submitLabel="Saving…"
        submitting
      />,
    );
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Saving…' })).toBeDisabled();
  });
});
