import { alertApiRef } from '@backstage/core-plugin-api';
import { TestApiProvider } from '@backstage/test-utils';
import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import {
  ChangeConfirmationProvider,
  useConfirmChange,
} from './ChangeConfirmation';

const alertApi = { post: jest.fn(), alert$: jest.fn() };

/** A button that disappears once it made its change, as a status action does. */
function Change() {
  const confirm = useConfirmChange();
  const [done, setDone] = useState(false);
  return done ? null : (
    <button
      onClick={() => {
        setDone(true);
        confirm('Status changed to Mitigated');
      }}
    >
      Mark mitigated
    </button>
  );
}

function renderWith(content: JSX.Element) {
  return render(
    <TestApiProvider apis={[[alertApiRef, alertApi]]}>
      {content}
    </TestApiProvider>,
  );
}

describe('ChangeConfirmation', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('says what changed in a live region, for a while, and puts focus back on the page', () => {
    renderWith(
      <ChangeConfirmationProvider>
        <main>
          <h1 tabIndex={-1}>INC-7</h1>
          <section data-focus-fallback tabIndex={-1} aria-label="Summary">
            <Change />
          </section>
        </main>
      </ChangeConfirmationProvider>,
    );
    const region = screen.getByRole('status');
    expect(region).toBeEmptyDOMElement();

    const button = screen.getByRole('button', { name: 'Mark mitigated' });
    button.focus();
    act(() => button.click());
    expect(region).toHaveTextContent('Status changed to Mitigated');
    expect(alertApi.post).not.toHaveBeenCalled();

    act(() => jest.advanceTimersByTime(500));
    expect(screen.getByRole('region', { name: 'Summary' })).toHaveFocus();

    act(() => jest.advanceTimersByTime(8_000));
    expect(region).toBeEmptyDOMElement();
  });

  it('is a Backstage alert outside a record page', () => {
    renderWith(<Change />);
    act(() => screen.getByRole('button', { name: 'Mark mitigated' }).click());
    expect(alertApi.post).toHaveBeenCalledWith({
      message: 'Status changed to Mitigated',
      severity: 'success',
      display: 'transient',
    });
  });
});
