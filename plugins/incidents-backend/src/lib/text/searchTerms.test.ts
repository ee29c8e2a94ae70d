import { indexedText, queryWords, wordForms } from './searchTerms';

describe('full-text forms of words', () => {
  it('gives French and English words with and without accents or plurals the same forms', () => {
    const shared = (a: string, b: string) =>
      wordForms(a).some(form => wordForms(b).includes(form));
    expect(shared('courriels', 'courriel')).toBe(true);
    expect(shared('délai', 'delai')).toBe(true);
    expect(shared('délais', 'delai')).toBe(true);
    expect(shared('timeouts', 'timeout')).toBe(true);
    expect(shared('requêtes', 'requete')).toBe(true);
    expect(shared('connexions', 'connexion')).toBe(true);
    expect(shared('payments', 'payment')).toBe(true);
    expect(shared('checkout', 'payment')).toBe(false);
  });

  it('indexes the forms of the meaningful words only, numbers as they are', () => {
    expect(indexedText('The Checkout returns 503 errors')).toBe(
      'checkout return 503 error',
    );
    expect(indexedText('Le délai de la requête est dépassé')).toBe(
      'delai del requet depass dep',
    );
    expect(indexedText(null)).toBe('');
  });

  it('reads a query word by word, the last one as a prefix while it is being typed', () => {
    expect(queryWords('Les courriels ne partent pas')).toEqual([
      { forms: ['courriel'], prefix: false },
      { forms: ['partent'], prefix: false },
    ]);
    expect(queryWords('payment timeo')).toEqual([
      { forms: ['payment'], prefix: false },
      { forms: ['timeo'], prefix: true },
    ]);
    expect(queryWords('payment timeout ')).toEqual([
      { forms: ['payment'], prefix: false },
      { forms: ['timeout'], prefix: false },
    ]);
    expect(queryWords('the, and of')).toEqual([]);
  });
});
