import { ConflictError } from '@backstage/errors';
import { aResponseError } from '../__testUtils__/responseErrors';
import { locateError } from './inputErrors';

const fields = ['title', 'severity', 'entityRefs', 'detectedAt'];

describe('locateError', () => {
  it.each([
    ['title must not be empty', 'title'],
    ["severity: 'SEV9' is not one of SEV1, SEV2, SEV3", 'severity'],
    ["entityRefs[0]: 'x' is not a valid entity reference", 'entityRefs'],
    ['detectedAt must not be before impactStartedAt', 'detectedAt'],
    ['request/body/title must NOT have more than 200 characters', 'title'],
  ])('puts %j next to %s', async (message, field) => {
    expect(locateError(await aResponseError(message), fields)).toBe(field);
  });

  it('leaves other errors for the whole form', async () => {
    expect(
      locateError(await aResponseError('mode: not allowed'), fields),
    ).toBeUndefined();
    expect(
      locateError(await aResponseError('title taken', 'ConflictError'), fields),
    ).toBeUndefined();
    expect(locateError(new ConflictError('nope'), fields)).toBeUndefined();
    expect(
      locateError(new TypeError('Failed to fetch'), fields),
    ).toBeUndefined();
  });
});
