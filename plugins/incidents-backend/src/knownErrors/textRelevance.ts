import {
  matchesQueryWord,
  textWords,
  wordForms,
} from '../lib/text/searchTerms';
import { FIELD_WEIGHTS, SearchedTexts, SearchQuery } from './fullText';

/** BM25's term-frequency saturation: a word's second occurrence counts less. */
const K1 = 1.2;

/** How many known errors there are, and how many contain each word form. */
export type FormCounts = { documents: number; containing: Map<string, number> };

/**
 * How well a known error's texts match a query, computed here rather than by the
 * database so that SQLite and PostgreSQL rank alike: for each word of the query, its
 * rarity among known errors (BM25's inverse document frequency) times its occurrences in
 * each field (saturated), weighted by field. Also the share of the query's words found.
 */
export function textRelevance(
  query: SearchQuery,
  texts: SearchedTexts,
  counts: FormCounts,
): { score: number; matchedShare: number } {
  const fields = (Object.keys(FIELD_WEIGHTS) as (keyof SearchedTexts)[]).map(
    field => ({
      weight: FIELD_WEIGHTS[field],
      words: textWords(texts[field]).map(wordForms),
    }),
  );
  let score = 0;
  let matched = 0;
  for (const word of query.words) {
    // A word being typed may match forms not counted yet: count it as rare.
    const containing = Math.max(
      1,
      ...word.forms.map(form => counts.containing.get(form) ?? 0),
    );
    const rarity = Math.log(
      1 + (counts.documents - containing + 0.5) / (containing + 0.5),
    );
    let weighted = 0;
    for (const field of fields) {
      const occurrences = field.words.filter(forms =>
        matchesQueryWord(forms, word),
      ).length;
      if (occurrences > 0) {
        weighted +=
          (field.weight * occurrences * (K1 + 1)) / (occurrences + K1);
      }
    }
    if (weighted > 0) {
      matched++;
      score += rarity * weighted;
    }
  }
  return { score, matchedShare: matched / query.words.length };
}
