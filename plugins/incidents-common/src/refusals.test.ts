import { refusalOf } from './refusals';

describe('refusalOf', () => {
  it('reads the reason and values of a serialized refusal', () => {
    expect(
      refusalOf({
        name: 'ConflictError',
        message: 'INC-7 has no failed steps to retry',
        code: 'no-failed-steps',
        values: { number: 'INC-7' },
      }),
    ).toEqual({ code: 'no-failed-steps', values: { number: 'INC-7' } });
  });

  it.each([
    ['no code', { name: 'InputError', message: 'title must not be empty' }],
    ['a code this version does not know', { code: 'frozen', values: {} }],
    ['a code without values', { code: 'no-failed-steps' }],
    ['the name of an object’s method', { code: 'toString', values: {} }],
    ['nothing', undefined],
  ])('finds none in an error with %s', (_name, serialized) => {
    expect(refusalOf(serialized)).toBeUndefined();
  });
});
