import { aKnownError } from '../../../__testUtils__/fixtures';
import {
  isWebUrl,
  knownErrorFormOf,
  newKnownErrorForm,
  statusChoices,
  toCreateKnownErrorRequest,
  toUpdateKnownErrorRequest,
  validateKnownErrorForm,
} from './knownErrorForm';

const valid = () =>
  newKnownErrorForm({
    title: ' Basket cache serves stale prices ',
    symptoms: 'Totals ignore discounts',
    entityRefs: ['component:default/cart-service'],
  });

describe('the known-error form', () => {
  it('starts investigating, with what it is given', () => {
    expect(newKnownErrorForm({ title: 'x' })).toMatchObject({
      title: 'x',
      symptoms: '',
      entityRefs: [],
      status: 'investigating',
    });
  });

  it('requires the title, the symptoms and a service', () => {
    expect(
      validateKnownErrorForm(newKnownErrorForm({ title: ' ', symptoms: ' ' })),
    ).toEqual({
      title: { rule: 'required' },
      symptoms: { rule: 'required' },
      entityRefs: { rule: 'required' },
    });
    expect(validateKnownErrorForm(valid())).toEqual({});
  });

  it('applies the shared limits', () => {
    expect(
      validateKnownErrorForm({
        ...valid(),
        title: 'x'.repeat(201),
        symptoms: 'x'.repeat(20001),
        workaround: 'x'.repeat(20001),
        entityRefs: Array.from(
          { length: 21 },
          (_, i) => `component:default/c${i}`,
        ),
        fixUrl: `https://example.com/${'x'.repeat(2000)}`,
      }),
    ).toEqual({
      title: { rule: 'too-long', max: 200 },
      symptoms: { rule: 'too-long', max: 20000 },
      workaround: { rule: 'too-long', max: 20000 },
      entityRefs: { rule: 'too-many', max: 20 },
      fixUrl: { rule: 'too-long', max: 2000 },
    });
  });

  it.each([
    ['https://tracker.example.com/SHOP-42', true],
    ['http://intranet/change/7', true],
    ['tracker.example.com/SHOP-42', false],
    ['mailto:ops@example.com', false],
    ['ftp://files.example.com/fix', false],
  ])('takes %s as a fix link: %s', (url, ok) => {
    expect(isWebUrl(url)).toBe(ok);
    expect(validateKnownErrorForm({ ...valid(), fixUrl: url }).fixUrl).toEqual(
      ok ? undefined : { rule: 'invalid-url' },
    );
  });

  it('offers every status for a new one, and only the legal moves for an existing one', () => {
    expect(statusChoices()).toEqual([
      'investigating',
      'workaround',
      'fix-in-progress',
      'fixed',
      'retired',
    ]);
    expect(statusChoices('retired')).toEqual(['investigating', 'retired']);
    expect(statusChoices('workaround')).toEqual([
      'workaround',
      'fix-in-progress',
      'fixed',
      'retired',
    ]);
    expect(
      validateKnownErrorForm({ ...valid(), status: 'fixed' }, 'retired'),
    ).toEqual({ status: { rule: 'required' } });
  });

  it('creates with the trimmed texts, leaving out the empty ones, linked to the incidents given', () => {
    expect(
      toCreateKnownErrorRequest(
        { ...valid(), workaround: ' Flush the cache ', rootCause: '  ' },
        ['6f0c2a52-0f3c-4a57-9d7e-1f3f1d4ab001'],
      ),
    ).toEqual({
      title: 'Basket cache serves stale prices',
      symptoms: 'Totals ignore discounts',
      entityRefs: ['component:default/cart-service'],
      status: 'investigating',
      workaround: 'Flush the cache',
      incidentRefs: ['6f0c2a52-0f3c-4a57-9d7e-1f3f1d4ab001'],
    });
    expect(toCreateKnownErrorRequest(valid())).not.toHaveProperty(
      'incidentRefs',
    );
  });

  it('sends only what changed on edit, clearing emptied texts', () => {
    const knownError = aKnownError();
    const form = knownErrorFormOf(knownError);
    expect(toUpdateKnownErrorRequest(knownError, form)).toEqual({});
    expect(
      toUpdateKnownErrorRequest(knownError, {
        ...form,
        title: `${knownError.title} `,
        rootCause: '',
        workaround: 'Restart the pods',
        entityRefs: [...knownError.entityRefs, 'system:default/storefront'],
        status: 'fixed',
      }),
    ).toEqual({
      rootCause: null,
      workaround: 'Restart the pods',
      entityRefs: [
        'component:default/cart-service',
        'system:default/storefront',
      ],
      status: 'fixed',
    });
  });
});
