import {
  channelBaseName,
  channelNameCandidate,
  isChannelNameCandidate,
  slugify,
} from './channelName';

describe('channel names', () => {
  const declaredAt = '2026-11-22T23:59:00.000Z';

  it('slugs titles to lower-case a-z0-9-_', () => {
    expect(slugify('Checkout returns 502 for EVERY basket!')).toBe(
      'checkout-returns-502-for-every-basket',
    );
    expect(slugify('Paiements refusés à Montréal')).toBe(
      'paiements-refuses-a-montreal',
    );
    expect(slugify('  --db_primary  down -- ')).toBe('db_primary-down');
    expect(slugify('🔥🔥')).toBe('');
  });

  it('names the channel incident-{date}-{slug}, on the UTC day of declaring', () => {
    expect(
      channelBaseName({ declaredAt, title: 'Cart is empty', number: 'INC-7' }),
    ).toBe('incident-2026-11-22-cart-is-empty');
  });

  it('falls back to the incident number when the title has nothing to slug', () => {
    expect(
      channelBaseName({ declaredAt, title: '🔥🔥🔥', number: 'INC-7' }),
    ).toBe('incident-2026-11-22-inc-7');
  });

  it('keeps names, with their suffixes, within 80 characters', () => {
    const base = channelBaseName({
      declaredAt,
      title: 'x'.repeat(200),
      number: 'INC-1',
    });
    expect(base).toHaveLength(80);
    expect(channelNameCandidate(base, 1)).toBe(base);
    expect(channelNameCandidate(base, 2)).toHaveLength(80);
    expect(channelNameCandidate(base, 2).endsWith('x-2')).toBe(true);
    expect(channelNameCandidate(base, 10).endsWith('-10')).toBe(true);
    expect(channelNameCandidate(base, 10)).toHaveLength(80);
  });

  it('never ends a truncated name with a hyphen', () => {
    const base = channelBaseName({
      declaredAt,
      title: `${'a'.repeat(60)} bb`,
      number: 'INC-1',
    });
    expect(base).toBe(`incident-2026-11-22-${'a'.repeat(60)}`);
  });

  it('recognises its own candidates only', () => {
    const base = 'incident-2026-11-22-cart-is-empty';
    expect(isChannelNameCandidate(base, base)).toBe(true);
    expect(isChannelNameCandidate(base, `${base}-3`)).toBe(true);
    expect(isChannelNameCandidate(base, `${base}-x`)).toBe(false);
    expect(isChannelNameCandidate(base, `${base}-empty`)).toBe(false);
    expect(isChannelNameCandidate(base, 'incident-2026-11-22-cart')).toBe(
      false,
    );
  });
});
