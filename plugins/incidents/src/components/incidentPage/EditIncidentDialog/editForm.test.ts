import { DateTime } from 'luxon';
import { anIncident } from '../../../__testUtils__/fixtures';
import { initialEditForm, toUpdateRequest, validateEditForm } from './editForm';

const NOW = new Date('2026-11-22T12:00:00Z');
const options = { now: NOW, severityIds: ['SEV1', 'SEV2', 'SEV3'] };
const local = (iso: string) =>
  DateTime.fromISO(iso).toFormat("yyyy-MM-dd'T'HH:mm");

// Milestones with seconds: the form shows minutes, and must not round them away.
const incident = anIncident({
  title: 'Cart totals are wrong',
  summary: 'Totals off by VAT',
  impactStartedAt: '2026-11-22T10:00:30.000Z',
  detectedAt: '2026-11-22T10:05:45.000Z',
  mitigatedAt: '2026-11-22T11:00:15.000Z',
  status: 'mitigated',
});

describe('the edit form', () => {
  it('changes nothing when nothing was edited', () => {
    const values = initialEditForm(incident);
    expect(values).toMatchObject({
      title: 'Cart totals are wrong',
      severity: 'SEV2',
      summary: 'Totals off by VAT',
      impact: '',
      impactStartedAt: local('2026-11-22T10:00:30.000Z'),
      mitigatedAt: local('2026-11-22T11:00:15.000Z'),
      resolvedAt: '',
    });
    expect(validateEditForm(incident, values, options)).toEqual({});
    expect(toUpdateRequest(incident, values)).toEqual({});
  });

  it('sends only what changed: trimmed text, cleared text as null, the severity', () => {
    const values = {
      ...initialEditForm(incident),
      title: '  Cart totals are wrong for EU baskets ',
      summary: '   ',
      impact: 'Every EU basket',
      severity: 'SEV1',
    };
    expect(toUpdateRequest(incident, values)).toEqual({
      title: 'Cart totals are wrong for EU baskets',
      summary: null,
      impact: 'Every EU basket',
      severity: 'SEV1',
    });
  });

  it('sends an edited milestone as an instant, and a cleared detection as null', () => {
    const values = {
      ...initialEditForm(incident),
      impactStartedAt: local('2026-11-22T09:30:00.000Z'),
      detectedAt: '',
    };
    expect(validateEditForm(incident, values, options)).toEqual({});
    expect(toUpdateRequest(incident, values)).toEqual({
      impactStartedAt: '2026-11-22T09:30:00.000Z',
      detectedAt: null,
    });
  });

  it('applies the backend rules: a title, a known severity, milestones in order', () => {
    const values = {
      ...initialEditForm(incident),
      title: ' ',
      severity: 'SEV9',
      detectedAt: local('2026-11-22T09:00:00.000Z'),
      mitigatedAt: '',
    };
    const problems = validateEditForm(incident, values, options);
    expect(Object.keys(problems).sort()).toEqual([
      'detectedAt',
      'mitigatedAt',
      'severity',
      'title',
    ]);
    expect(problems).toMatchObject({
      title: { rule: 'required' },
      severity: { rule: 'required' },
      detectedAt: { rule: 'before', mustNotPrecede: 'impactStartedAt' },
      mitigatedAt: { rule: 'required' },
    });
  });

  it('checks an untouched milestone against an edited one to the second', () => {
    // Impact started 10:00:30; moving detection to 10:00 puts it 30 s before.
    const values = {
      ...initialEditForm(incident),
      detectedAt: local('2026-11-22T10:00:00.000Z'),
    };
    expect(
      validateEditForm(incident, values, options).detectedAt,
    ).toMatchObject({
      rule: 'before',
      mustNotPrecede: 'impactStartedAt',
    });
  });

  it('refuses a time in the future and an overlong summary', () => {
    const values = {
      ...initialEditForm(incident),
      summary: 'x'.repeat(20001),
      impactStartedAt: local('2026-11-22T14:00:00.000Z'),
    };
    expect(validateEditForm(incident, values, options)).toMatchObject({
      summary: { rule: 'too-long', max: 20000 },
      impactStartedAt: { rule: 'in-the-future' },
    });
  });
});
