import { appLanguageApiRef } from '@backstage/core-plugin-api/alpha';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { DateTimeField } from './DateTimeField';

jest.setTimeout(30_000);

/** The app's language API, set to one language. */
function languageApi(language: string) {
  return {
    getAvailableLanguages: () => ({ languages: ['en', 'fr'] }),
    getLanguage: () => ({ language }),
    changeLanguage: () => {},
    language$: () => ({
      subscribe: () => ({ unsubscribe: () => {}, closed: false }),
      [Symbol.observable]() {
        return this;
      },
    }),
  };
}

function Field(props: { onChange(value: string): void }) {
  const [value, setValue] = useState('2027-01-26T14:05');
  return (
    <DateTimeField
      id="impact"
      label="Impact started"
      value={value}
      onChange={next => {
        setValue(next);
        props.onChange(next);
      }}
    />
  );
}

async function renderIn(language: string) {
  const onChange = jest.fn();
  await renderInTestApp(
    <TestApiProvider apis={[[appLanguageApiRef, languageApi(language) as any]]}>
      <Field onChange={onChange} />
    </TestApiProvider>,
  );
  return {
    input: screen.getByRole('textbox', { name: 'Impact started' }),
    onChange,
  };
}

describe('DateTimeField', () => {
  it('writes moments year first on the 24-hour clock in English', async () => {
    const { input, onChange } = await renderIn('en');
    expect(input).toHaveValue('2027-01-26 14:05');
    fireEvent.change(input, { target: { value: '2027-02-09 21:30' } });
    expect(onChange).toHaveBeenLastCalledWith('2027-02-09T21:30');
  });

  it('writes moments day first on the 24-hour clock in French', async () => {
    const { input, onChange } = await renderIn('fr');
    expect(input).toHaveValue('26/01/2027 14:05');
    fireEvent.change(input, { target: { value: '09/02/2027 21:30' } });
    expect(onChange).toHaveBeenLastCalledWith('2027-02-09T21:30');
  });

  it('reports what was typed when it is no moment, for the form to say so', async () => {
    const { input, onChange } = await renderIn('fr');
    fireEvent.change(input, { target: { value: '31/02/2027 10:00' } });
    expect(onChange).toHaveBeenLastCalledWith('31/02/2027 10:00');
  });

  it('picks in a calendar and a clock from a labelled button', async () => {
    await renderIn('fr');
    fireEvent.click(
      screen.getByRole('button', { name: 'Choose the day in a calendar' }),
    );
    expect((await screen.findAllByRole('dialog')).length).toBeGreaterThan(0);
    expect(screen.queryByText(/AM|PM/)).toBeNull();
  });
});
