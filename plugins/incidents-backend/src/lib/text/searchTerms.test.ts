import {
  indexedText,
  matchesQueryWord,
  queryWords,
  wordForms,
} from './searchTerms';

describe('full-text forms of words', () => {
  it('gives French and English words with and without accents or plurals a shared form', () => {
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

  it('indexes each meaningful word as itself and its stems, numbers as they are', () => {
    expect(indexedText('The Checkout returns 503 errors')).toBe(
      'checkout returns return 503 errors error',
    );
    expect(indexedText('Le délai est dépassé')).toBe(
      'delai del depasse depass dep',
    );
    expect(indexedText(null)).toBe('');
  });

  it('reads a query word by word; the word being typed also matches as a prefix', () => {
    expect(queryWords('Les courriels ne partent pas')).toEqual([
      { forms: ['courriels', 'courriel'] },
      { forms: ['partent'] },
    ]);
    const [payment, typed] = queryWords('payment remboursem');
    expect(payment).toEqual({ forms: ['payment'] });
    expect(typed.prefix).toBe('remboursem');
    expect(matchesQueryWord(wordForms('remboursements'), typed)).toBe(true);
    expect(queryWords('payment timeout ').map(w => w.prefix)).toEqual([
      undefined,
      undefined,
    ]);
    expect(queryWords('the, and of')).toEqual([]);
  });
});
