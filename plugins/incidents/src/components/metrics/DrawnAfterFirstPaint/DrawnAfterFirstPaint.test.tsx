import { act, render, screen } from '@testing-library/react';
import { DrawnAfterFirstPaint } from './DrawnAfterFirstPaint';

describe('DrawnAfterFirstPaint', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('keeps the space first, then draws its children in a later task', () => {
    const { container } = render(
      <DrawnAfterFirstPaint minHeight={300}>
        <p>Chart</p>
      </DrawnAfterFirstPaint>,
    );
    expect(screen.queryByText('Chart')).not.toBeInTheDocument();
    expect(container.firstChild).toHaveStyle({ minHeight: '300px' });
    act(() => {
      jest.runAllTimers();
    });
    expect(screen.getByText('Chart')).toBeInTheDocument();
  });
});
