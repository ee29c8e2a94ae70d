import { Knex } from 'knex';
import { isPostgres } from '../database/dialect';
import {
  indexedText,
  QueryWord,
  queryWords,
  textWords,
  wordForms,
} from '../lib/text/searchTerms';

/** What a text search looks for: its words, and whether all or any must match. */
export type SearchQuery = {
  words: QueryWord[];
  match: 'all' | 'any';
};

/** A search for the words of `text`, or undefined when it has none worth searching. */
export function searchQuery(
  text: string | undefined,
  match: SearchQuery['match'],
): SearchQuery | undefined {
  const words = text ? queryWords(text) : [];
  return words.length > 0 ? { words, match } : undefined;
}

/**
 * Relevance weights of the fields, the same on both databases and in the ranking of
 * suggestions: the title counts most, then the symptoms, then the root cause and the
 * workaround.
 */
export const FIELD_WEIGHTS = {
  title: 1,
  symptoms: 0.5,
  rootCause: 0.2,
  workaround: 0.2,
};

/** The texts of a known error that are searched. */
export type SearchedTexts = {
  title: string;
  symptoms: string;
  rootCause: string | null;
  workaround: string | null;
};

/** The longest word form counted in `known_error_words`. */
const MAX_FORM_LENGTH = 200;

/** Every form of every word of a known error's searched texts, once. */
export function documentForms(texts: SearchedTexts): Set<string> {
  return new Set(
    [texts.title, texts.symptoms, texts.rootCause, texts.workaround]
      .flatMap(textWords)
      .flatMap(wordForms)
      .filter(form => form.length <= MAX_FORM_LENGTH),
  );
}

/**
 * The full-text index of known errors: SQLite's FTS5 (`known_errors_fts`, BM25) or
 * PostgreSQL's tsvector (`known_errors.search_vector`, ts_rank), over the same word
 * forms and with the same field weights, and the count of known errors containing each
 * form (`known_error_words`).
 */
export class KnownErrorsFullText {
  private readonly postgres: boolean;

  constructor(private readonly db: Knex) {
    this.postgres = isPostgres(db);
  }

  /**
   * Writes (or rewrites) a known error's entry inside the caller's transaction; with
   * its texts as they were, the word counts move by the difference.
   */
  async write(
    trx: Knex.Transaction,
    knownError: SearchedTexts & { id: string; number: number },
    previous?: SearchedTexts,
  ): Promise<void> {
    const texts = [
      indexedText(knownError.title),
      indexedText(knownError.symptoms),
      indexedText(knownError.rootCause),
      indexedText(knownError.workaround),
    ];
    if (this.postgres) {
      await trx.raw(
        `update known_errors set search_vector =
           setweight(to_tsvector('simple', ?), 'A') ||
           setweight(to_tsvector('simple', ?), 'B') ||
           setweight(to_tsvector('simple', ?), 'C') ||
           setweight(to_tsvector('simple', ?), 'D')
         where id = ?`,
        [...texts, knownError.id],
      );
    } else {
      await trx.raw('delete from known_errors_fts where rowid = ?', [
        knownError.number,
      ]);
      await trx.raw(
        'insert into known_errors_fts (rowid, title, symptoms, root_cause, workaround) values (?, ?, ?, ?, ?)',
        [knownError.number, ...texts],
      );
    }
    const now = documentForms(knownError);
    const before = previous ? documentForms(previous) : new Set<string>();
    await this.countForms(
      trx,
      [...now].filter(form => !before.has(form)),
      1,
    );
    await this.countForms(
      trx,
      [...before].filter(form => !now.has(form)),
      -1,
    );
  }

  private async countForms(trx: Knex.Transaction, forms: string[], by: 1 | -1) {
    if (forms.length === 0) {
      return;
    }
    if (by === 1) {
      // SQLite allows at most 999 bindings per statement.
      for (let start = 0; start < forms.length; start += 400) {
        await trx('known_error_words')
          .insert(
            forms
              .slice(start, start + 400)
              .map(form => ({ form, documents: 1 })),
          )
          .onConflict('form')
          .merge({ documents: trx.raw('known_error_words.documents + 1') });
      }
    } else {
      await trx('known_error_words')
        .whereIn('form', forms)
        .decrement('documents', 1);
    }
  }

  /** How many known errors there are, and how many contain each of these forms. */
  async formCounts(
    forms: string[],
  ): Promise<{ documents: number; containing: Map<string, number> }> {
    const [{ count }] = await this.db('known_errors').count({ count: '*' });
    const rows: { form: string; documents: number | string }[] = forms.length
      ? await this.db('known_error_words')
          .whereIn('form', forms)
          .select('form', 'documents')
      : [];
    return {
      documents: Number(count),
      containing: new Map(rows.map(row => [row.form, Number(row.documents)])),
    };
  }

  /**
   * The known errors matching `query`, as a query of `known_error_id` and `score`
   * (higher is more relevant), to join or filter on.
   */
  matches(query: SearchQuery): Knex.QueryBuilder {
    if (this.postgres) {
      const { rootCause, workaround, symptoms, title } = FIELD_WEIGHTS;
      const tsquery = this.tsquery(query);
      // ts_rank's weights are given for D, C, B, A; 1 divides by 1 + log(length), as
      // BM25 discounts long texts.
      return this.db
        .queryBuilder()
        .from('known_errors')
        .select(
          'id as known_error_id',
          this.db.raw(
            `ts_rank(?::float4[], search_vector, to_tsquery('simple', ?), 1) as score`,
            [`{${workaround},${rootCause},${symptoms},${title}}`, tsquery],
          ),
        )
        .whereRaw(`search_vector @@ to_tsquery('simple', ?)`, [tsquery]);
    }
    const { title, symptoms, rootCause, workaround } = FIELD_WEIGHTS;
    return this.db
      .queryBuilder()
      .from('known_errors_fts')
      .join('known_errors as fts_ke', 'fts_ke.number', 'known_errors_fts.rowid')
      .select(
        'fts_ke.id as known_error_id',
        this.db.raw(`-bm25(known_errors_fts, ?, ?, ?, ?) as score`, [
          title,
          symptoms,
          rootCause,
          workaround,
        ]),
      )
      .whereRaw('known_errors_fts match ?', [this.fts5Query(query)]);
  }

  // Forms and prefixes are letters and digits only, so they need no escaping.
  private tsquery(query: SearchQuery): string {
    return query.words
      .map(
        word =>
          `(${[
            ...word.forms,
            ...(word.prefix ? [`${word.prefix}:*`] : []),
          ].join(' | ')})`,
      )
      .join(query.match === 'all' ? ' & ' : ' | ');
  }

  private fts5Query(query: SearchQuery): string {
    return query.words
      .map(
        word =>
          `(${[
            ...word.forms.map(form => `"${form}"`),
            ...(word.prefix ? [`"${word.prefix}"*`] : []),
          ].join(' OR ')})`,
      )
      .join(query.match === 'all' ? ' AND ' : ' OR ');
  }
}
