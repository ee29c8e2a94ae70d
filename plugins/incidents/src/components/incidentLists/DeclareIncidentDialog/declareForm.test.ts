import { DateTime } from 'luxon';
import {
  initialDeclareForm,
  toDeclareRequest,
  validateDeclareForm,
} from './declareForm';

const now = new Date('2026-11-22T12:00:00Z');
const local = (iso: string) =>
  DateTime.fromISO(iso).toFormat("yyyy-MM-dd'T'HH:mm");
const options = { now, severityIds: ['SEV1', 'SEV2', 'SEV3'] };

function validForm() {
  return {
    ...initialDeclareForm({
      entityRefs: ['component:default/cart-service'],
      now,
    }),
    title: '  Checkout returns 502 ',
    severity: 'SEV1',
  };
}

describe('the declare form', () => {
  it('starts with impact started and detected now', () => {
    const form = initialDeclareForm({
      entityRefs: ['component:default/x'],
      now,
    });
    expect(form.impactStartedAt).toBe(local('2026-11-22T12:00:00Z'));
    expect(form.detectedAt).toBe(form.impactStartedAt);
    expect(form.mode).toBe('live');
  });

  it('accepts a complete live declaration and sends it trimmed', () => {
    const form = validForm();
    expect(validateDeclareForm(form, options)).toEqual({});
    expect(toDeclareRequest(form)).toEqual({
      title: 'Checkout returns 502',
      severity: 'SEV1',
      entityRefs: ['component:default/cart-service'],
      mode: 'live',
      security: false,
      drill: false,
      impactStartedAt: '2026-11-22T12:00:00.000Z',
      detectedAt: '2026-11-22T12:00:00.000Z',
    });
  });

  it('leaves out a severity still to be assessed', () => {
    const form = { ...validForm(), severity: '' };
    expect(validateDeclareForm(form, options)).toEqual({});
    expect(toDeclareRequest(form)).not.toHaveProperty('severity');
  });

  it('reports the backend rules field by field', () => {
    expect(
      validateDeclareForm(
        {
          ...validForm(),
          title: ' ',
          severity: 'SEV9',
          description: 'x'.repeat(20001),
          entityRefs: [],
          impactStartedAt: '',
        },
        options,
      ),
    ).toEqual({
      title: { rule: 'required' },
      severity: { rule: 'required' },
      description: { rule: 'too-long', max: 20000 },
      entityRefs: { rule: 'required' },
      impactStartedAt: { rule: 'required' },
    });
    expect(
      validateDeclareForm(
        {
          ...validForm(),
          entityRefs: Array.from(
            { length: 21 },
            (_, i) => `component:default/c${i}`,
          ),
        },
        options,
      ),
    ).toEqual({ entityRefs: { rule: 'too-many', max: 20 } });
  });

  it('applies the milestone rules, including the future', () => {
    expect(
      validateDeclareForm(
        {
          ...validForm(),
          impactStartedAt: local('2026-11-22T11:00:00Z'),
          detectedAt: local('2026-11-22T10:00:00Z'),
        },
        options,
      ),
    ).toEqual({
      detectedAt: {
        field: 'detectedAt',
        rule: 'before',
        mustNotPrecede: 'impactStartedAt',
      },
    });
    expect(
      validateDeclareForm(
        { ...validForm(), detectedAt: local('2026-11-22T13:00:00Z') },
        options,
      ),
    ).toEqual({ detectedAt: { field: 'detectedAt', rule: 'in-the-future' } });
  });

  it('needs the end of impact for an incident that already happened, and sends it', () => {
    const retrospective = { ...validForm(), mode: 'retrospective' as const };
    expect(validateDeclareForm(retrospective, options)).toEqual({
      resolvedAt: { rule: 'required' },
    });
    const complete = {
      ...retrospective,
      impactStartedAt: local('2026-11-21T09:00:00Z'),
      detectedAt: local('2026-11-21T09:30:00Z'),
      resolvedAt: local('2026-11-21T08:00:00Z'),
    };
    expect(validateDeclareForm(complete, options)).toEqual({
      resolvedAt: {
        field: 'resolvedAt',
        rule: 'before',
        mustNotPrecede: 'impactStartedAt',
      },
    });
    const fixed = { ...complete, resolvedAt: local('2026-11-21T10:00:00Z') };
    expect(validateDeclareForm(fixed, options)).toEqual({});
    expect(toDeclareRequest(fixed)).toMatchObject({
      mode: 'retrospective',
      impactStartedAt: '2026-11-21T09:00:00.000Z',
      detectedAt: '2026-11-21T09:30:00.000Z',
      resolvedAt: '2026-11-21T10:00:00.000Z',
    });
  });

  it('does not send an end of impact for a live incident', () => {
    expect(
      toDeclareRequest({
        ...validForm(),
        resolvedAt: local('2026-11-22T11:00:00Z'),
      }),
    ).not.toHaveProperty('resolvedAt');
  });

  it('sends the known errors recognised with “This is it”, and nothing when none was', () => {
    expect(toDeclareRequest(validForm())).not.toHaveProperty('knownErrorIds');
    expect(
      toDeclareRequest({ ...validForm(), knownErrorIds: ['ke-1', 'ke-2'] }),
    ).toMatchObject({ knownErrorIds: ['ke-1', 'ke-2'] });
  });
});
