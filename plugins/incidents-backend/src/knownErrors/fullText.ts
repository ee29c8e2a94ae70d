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
 * PostgreSQL's tsvector (`known_error_search`, ts_rank), over the same word forms and
 * with the same field weights, each entry with the known error's id and status, and the
 * count of known errors containing each form (`known_error_words`).
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
    knownError: SearchedTexts & { id: string; number: number; status: string },
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
        `insert into known_error_search (id, number, status, search_vector)
         values (?, ?, ?,
           setweight(to_tsvector('simple', ?), 'A') ||
           setweight(to_tsvector('simple', ?), 'B') ||
           setweight(to_tsvector('simple', ?), 'C') ||
           setweight(to_tsvector('simple', ?), 'D'))
         on conflict (id) do update set
           status = excluded.status, search_vector = excluded.search_vector`,
        [knownError.id, knownError.number, knownError.status, ...texts],
      );
    } else {
      await trx.raw('delete from known_errors_fts where rowid = ?', [
        knownError.number,
      ]);
      await trx.raw(
        'insert into known_errors_fts (rowid, title, symptoms, root_cause, workaround, id, status) values (?, ?, ?, ?, ?, ?, ?)',
        [knownError.number, ...texts, knownError.id, knownError.status],
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
    // Known errors are numbered without gaps and never deleted: the counter is how many
    // there are, read without counting rows.
    const counter = await this.db('incident_counters')
      .where({ name: 'known_error_number' })
      .first('value');
    const rows: { form: string; documents: number | string }[] = forms.length
      ? await this.db('known_error_words')
          .whereIn('form', forms)
          .select('form', 'documents')
      : [];
    return {
      documents: Number(counter?.value ?? 0),
      containing: new Map(rows.map(row => [row.form, Number(row.documents)])),
    };
  }

  /**
   * The known errors matching `query`, as a query of `known_error_id` and `score`
   * (higher is more relevant), to join or filter on.
   */
  matches(query: SearchQuery): Knex.QueryBuilder {
    const score = this.score(query);
    return this.db
      .queryBuilder()
      .from(this.postgres ? 'known_error_search' : 'known_errors_fts')
      .select(
        'id as known_error_id',
        this.db.raw(`${score.sql} as score`, score.bindings),
      )
      .whereRaw(...this.condition(query));
  }

  /** The ids of the known errors matching `query`, to filter on. */
  matching(query: SearchQuery): Knex.QueryBuilder {
    return this.db
      .queryBuilder()
      .from(this.postgres ? 'known_error_search' : 'known_errors_fts')
      .select('id')
      .whereRaw(...this.condition(query));
  }

  /** The ids of the `limit` most relevant known errors matching `query`, retired ones left out. */
  async bestMatches(query: SearchQuery, limit: number): Promise<string[]> {
    const score = this.score(query);
    const rows: { id: string }[] = await this.db
      .queryBuilder()
      .from(this.postgres ? 'known_error_search' : 'known_errors_fts')
      .select('id')
      .whereRaw(...this.condition(query))
      .whereNot('status', 'retired')
      .orderByRaw(
        `${score.sql} desc, ${this.postgres ? 'number' : 'rowid'} desc`,
        score.bindings,
      )
      .limit(limit);
    return rows.map(row => row.id);
  }

  private condition(query: SearchQuery): [string, string[]] {
    return this.postgres
      ? [`search_vector @@ to_tsquery('simple', ?)`, [this.tsquery(query)]]
      : ['known_errors_fts match ?', [this.fts5Query(query)]];
  }

  /** The database's relevance: ts_rank or BM25, with the same field weights. */
  private score(query: SearchQuery): { sql: string; bindings: Knex.Value[] } {
    const { title, symptoms, rootCause, workaround } = FIELD_WEIGHTS;
    if (this.postgres) {
      // ts_rank's weights are given for D, C, B, A; 1 divides by 1 + log(length), as
      // BM25 discounts long texts.
      return {
        sql: `ts_rank(?::float4[], search_vector, to_tsquery('simple', ?), 1)`,
        bindings: [
          `{${workaround},${rootCause},${symptoms},${title}}`,
          this.tsquery(query),
        ],
      };
    }
    // BM25 is lower for better matches; the unindexed id and status weigh nothing.
    return {
      sql: `-bm25(known_errors_fts, ?, ?, ?, ?, 0, 0)`,
      bindings: [title, symptoms, rootCause, workaround],
    };
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
