import { frenchTypographyMistakes } from './frenchTypography';

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
