import { frenchTypographyMistakes, joinDateParts } from './frenchTypography';

describe('frenchTypographyMistakes', () => {
  it.each([
    'Statut\u00a0: actif',
    'Est-ce en cours\u00a0?',
    'Je suis là\u00a0! Oui\u00a0; non.',
    'Le rôle «\u00a0{{role}}\u00a0»',
    'ERREUR {{status}}\u00a0: {{statusMessage}}',
    'Voir https://example.com/a?b=c et le point de 10:30',
    '{from}-{to} sur {count}',
    ':rotating_light: *Nouvel incident*\u00a0: titre',
    'Tapez `/incident aide: x` pour voir',
    'Vraiment\u00a0?!',
    'Choisissez une gravité',
  ])('accepts %j', text => {
    expect(frenchTypographyMistakes(text)).toEqual([]);
  });

  it.each([
    ['Statut : actif', ':'],
    ['Statut: actif', ':'],
    ['Est-ce en cours?', '?'],
    ['Est-ce en cours ?', '?'],
    ['Oui; non', ';'],
    ['Bravo !', '!'],
    ['{{label}} : {{value}}', ':'],
    ['*Statut :* actif', ':'],
  ])('refuses %j (before "%s")', (text, mark) => {
    expect(frenchTypographyMistakes(text)).toEqual([
      expect.stringContaining(`a non-breaking space goes before "${mark}"`),
    ]);
  });

  it('wants non-breaking spaces inside « »', () => {
    expect(frenchTypographyMistakes('Le rôle « chef »')).toHaveLength(2);
    expect(frenchTypographyMistakes('Le rôle «chef»')).toHaveLength(2);
  });

  it('wants « gravité » for severity', () => {
    expect(frenchTypographyMistakes('Sévérité')).toEqual([
      expect.stringContaining('gravité'),
    ]);
  });
});

describe('joinDateParts', () => {
  const first = new Date('2026-03-01T12:00:00Z');
  const parts = (locale: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      ...options,
    }).formatToParts(first);

  it('writes the first of the month « 1er » in French only', () => {
    const long = { day: 'numeric', month: 'long', year: 'numeric' } as const;
    expect(joinDateParts(parts('fr', long), 'fr')).toBe('1er mars 2026');
    expect(joinDateParts(parts('fr-CA', long), 'fr-CA')).toBe('1er mars 2026');
    expect(joinDateParts(parts('en', long), 'en')).toBe('March 1, 2026');
    expect(
      joinDateParts(parts('fr', { day: '2-digit', month: '2-digit' }), 'fr'),
    ).toBe('01/03');
  });
});
