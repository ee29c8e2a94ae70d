import { Knex } from 'knex';
import { isPostgres } from '../database/dialect';
import { indexedText, queryWords } from '../lib/text/searchTerms';

/** What a text search looks for: each word's forms, and whether all or any must match. */
export type SearchQuery = {
  words: Array<{ forms: string[]; prefix: boolean }>;
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
 * Relevance weights of the fields, the same on both databases: the title counts most,
 * then the symptoms, then the root cause and the workaround.
 */
const WEIGHTS = { title: 1, symptoms: 0.5, rootCause: 0.2, workaround: 0.2 };

type Indexed = {
  id: string;
  number: number;
  title: string;
  symptoms: string;
  rootCause: string | null;
  workaround: string | null;
};

/**
 * The full-text index of known errors: SQLite's FTS5 (`known_errors_fts`, BM25) or
 * PostgreSQL's tsvector (`known_errors.search_vector`, ts_rank), over the same word
 * forms and with the same field weights.
 */
export class KnownErrorsFullText {
  private readonly postgres: boolean;

  constructor(private readonly db: Knex) {
    this.postgres = isPostgres(db);
  }

  /** Writes (or rewrites) a known error's entry, inside the caller's transaction. */
  async write(trx: Knex.Transaction, knownError: Indexed): Promise<void> {
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
      return;
    }
    await trx.raw('delete from known_errors_fts where rowid = ?', [
      knownError.number,
    ]);
    await trx.raw(
      'insert into known_errors_fts (rowid, title, symptoms, root_cause, workaround) values (?, ?, ?, ?, ?)',
      [knownError.number, ...texts],
    );
  }

  /**
   * The known errors matching `query`, as a query of `known_error_id` and `score`
   * (higher is more relevant), to join or filter on.
   */
  matches(query: SearchQuery): Knex.QueryBuilder {
    if (this.postgres) {
      const { rootCause, workaround, symptoms, title } = WEIGHTS;
      // ts_rank's weights are given for D, C, B, A; 1 divides by 1 + log(length), as
      // BM25 discounts long texts.
      return this.db
        .queryBuilder()
        .from('known_errors')
        .select(
          'id as known_error_id',
          this.db.raw(
            `ts_rank(?::float4[], search_vector, to_tsquery('simple', ?), 1) as score`,
            [
              `{${workaround},${rootCause},${symptoms},${title}}`,
              this.tsquery(query),
            ],
          ),
        )
        .whereRaw(`search_vector @@ to_tsquery('simple', ?)`, [
          this.tsquery(query),
        ]);
    }
    const { title, symptoms, rootCause, workaround } = WEIGHTS;
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

  private tsquery(query: SearchQuery): string {
    // Forms are letters and digits only, so they need no quoting.
    return query.words
      .map(
        word =>
          `(${word.forms
            .map(form => (word.prefix ? `${form}:*` : form))
            .join(' | ')})`,
      )
      .join(query.match === 'all' ? ' & ' : ' | ');
  }

  private fts5Query(query: SearchQuery): string {
    return query.words
      .map(
        word =>
          `(${word.forms
            .map(form => `"${form}"${word.prefix ? '*' : ''}`)
            .join(' OR ')})`,
      )
      .join(query.match === 'all' ? ' AND ' : ' OR ');
  }
}
