import { appLanguageApiRef } from '@backstage/core-plugin-api/alpha';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { DateField } from './DateField';

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
  const [value, setValue] = useState('2027-01-26');
  return (
    <DateField
      id="due"
      label="Due date"
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
  return { input: screen.getByRole('textbox', { name: 'Due date' }), onChange };
}

describe('DateField', () => {
  it('writes days year first in English, never month first', async () => {
    const { input, onChange } = await renderIn('en');
    expect(input).toHaveValue('2027-01-26');
    fireEvent.change(input, { target: { value: '2027-02-09' } });
    expect(onChange).toHaveBeenLastCalledWith('2027-02-09');
  });

  it('writes days day first in French, and reports the ISO day', async () => {
    const { input, onChange } = await renderIn('fr');
    expect(input).toHaveValue('26/01/2027');
    fireEvent.change(input, { target: { value: '09/02/2027' } });
    expect(onChange).toHaveBeenLastCalledWith('2027-02-09');
  });

  it('reports what was typed when it is no day, for the form to say so', async () => {
    const { input, onChange } = await renderIn('fr');
    fireEvent.change(input, { target: { value: '31/02/2027' } });
    expect(onChange).toHaveBeenLastCalledWith('31/02/2027');
  });

  it('opens a calendar from a labelled button', async () => {
    await renderIn('en');
    fireEvent.click(
      screen.getByRole('button', { name: 'Choose the day in a calendar' }),
    );
    expect((await screen.findAllByRole('dialog')).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'OK' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
  });
});
