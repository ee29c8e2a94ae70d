import { newStemmer } from 'snowball-stemmers';
import { STOP_WORDS } from './stopWords';

const english = newStemmer('english');
const french = newStemmer('french');

/**
 * Stemming is the costly part of ranking suggestions, and known errors use a small
 * vocabulary: the forms of recent words are kept (emptied when full).
 */
const FORMS_CACHE_SIZE = 50_000;
const formsCache = new Map<string, string[]>();

/** The most words of a query that are searched; the rest is left out. */
export const MAX_QUERY_WORDS = 32;

/** Lower case, accents folded: "Délai" and "delai" are the same word. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function allWords(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The meaningful words of a text, folded, in order (stop words left out). */
export function textWords(text: string | null | undefined): string[] {
  return allWords(text ?? '').filter(word => !STOP_WORDS.has(word));
}

/**
 * The forms a word is indexed and searched under: the word itself, folded, and its
 * English and French stems ("courriels" and "courriel" share `courriel`, "délais" and
 * "delai" share `delai`). Known-error texts mix both languages and a text's language is
 * not recorded, so every word is stemmed both ways; a word matches when one of its forms
 * does.
 */
export function wordForms(word: string): string[] {
  const folded = fold(word);
  let forms = formsCache.get(folded);
  if (!forms) {
    forms = /^\p{N}+$/u.test(folded)
      ? [folded]
      : [...new Set([folded, english.stem(folded), french.stem(folded)])];
    if (formsCache.size >= FORMS_CACHE_SIZE) {
      formsCache.clear();
    }
    formsCache.set(folded, forms);
  }
  return forms;
}

/**
 * A text as the full-text index stores it: the forms of its words, separated by spaces.
 * Both databases index this same text with a tokenizer that only splits on spaces
 * (SQLite FTS5 `unicode61`, PostgreSQL's `simple` configuration), so a word is found
 * by the same forms whichever database the plugin runs on.
 */
export function indexedText(text: string | null | undefined): string {
  return textWords(text).flatMap(wordForms).join(' ');
}

/** One word of a query: the forms that match it, and a prefix while it is being typed. */
export type QueryWord = {
  forms: string[];
  /**
   * The word as typed, when the text does not end with a space or punctuation: it may
   * be unfinished (search as you type), so it also matches words it begins.
   */
  prefix?: string;
};

/** The words of a query (stop words left out, each once), and how they match. */
export function queryWords(text: string): QueryWord[] {
  const unique = [...new Set(textWords(text))].slice(0, MAX_QUERY_WORDS);
  const typed = /[\p{L}\p{N}]$/u.test(text) ? allWords(text).pop() : undefined;
  return unique.map((word, index) => ({
    forms: wordForms(word),
    ...(word === typed && index === unique.length - 1 && { prefix: word }),
  }));
}

/** Whether a word, as its forms, is the query word (or begins with its prefix). */
export function matchesQueryWord(forms: string[], word: QueryWord): boolean {
  return forms.some(
    form =>
      word.forms.includes(form) ||
      (word.prefix !== undefined && form.startsWith(word.prefix)),
  );
}
