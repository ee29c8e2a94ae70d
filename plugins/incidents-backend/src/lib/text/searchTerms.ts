import { newStemmer } from 'snowball-stemmers';
import { STOP_WORDS } from './stopWords';

const english = newStemmer('english');
const french = newStemmer('french');

/** The most words of a query that are searched; the rest is left out. */
export const MAX_QUERY_WORDS = 24;

/** Lower case, accents folded: "Délai" and "delai" are the same word. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function allWords(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

function words(text: string): string[] {
  return allWords(text).filter(word => !STOP_WORDS.has(word));
}

/**
 * The forms a word is indexed and searched under: its English and its French stem
 * ("courriels" and "courriel" share `courriel`, "délais" and "delai" share `delai`).
 * Known-error texts mix both languages and a text's language is not recorded, so
 * every word is stemmed both ways; a word matches when one of its forms does.
 */
export function wordForms(word: string): string[] {
  const folded = fold(word);
  if (/^\p{N}+$/u.test(folded)) {
    return [folded];
  }
  return [...new Set([english.stem(folded), french.stem(folded)])];
}

/**
 * A text as the full-text index stores it: the forms of its words, separated by spaces.
 * Both databases index this same text with a tokenizer that only splits on spaces
 * (SQLite FTS5 `unicode61`, PostgreSQL's `simple` configuration), so a word is found
 * by the same forms whichever database the plugin runs on.
 */
export function indexedText(text: string | null | undefined): string {
  return words(text ?? '')
    .flatMap(wordForms)
    .join(' ');
}

/**
 * A query as the full-text index searches it: for each word (stop words left out, the
 * same word once), the forms any of which may match. When the text does not end with a
 * space or punctuation, its last word may be unfinished (search as you type) and
 * matches as a prefix.
 */
export function queryWords(
  text: string,
): Array<{ forms: string[]; prefix: boolean }> {
  const unique = [...new Set(words(text))].slice(0, MAX_QUERY_WORDS);
  const typed = /[\p{L}\p{N}]$/u.test(text) ? allWords(text).pop() : undefined;
  return unique.map((word, index) => ({
    forms: wordForms(word),
    prefix: word === typed && index === unique.length - 1,
  }));
}
