import { Knex } from 'knex';

/**
 * Conversions and checks that differ between SQLite and PostgreSQL, shared by every
 * store. Times are stored as epoch-millisecond bigints: pg returns them as strings,
 * SQLite as numbers.
 */

export function toMillis(iso: string): number {
  return Date.parse(iso);
}

export function optionalMillis(iso: string | null | undefined): number | null {
  return iso === null || iso === undefined ? null : Date.parse(iso);
}

export function toIso(value: number | string): string {
  return new Date(Number(value)).toISOString();
}

export function optionalIso(value: number | string | null): string | null {
  return value === null ? null : toIso(value);
}

/** Escapes `\`, `%` and `_` for a `like ? escape '\'` pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, c => `\\${c}`);
}

export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  return (
    code === '23505' || // PostgreSQL unique_violation
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}

export function isPostgres(db: Knex): boolean {
  return db.client.config.client === 'pg';
}

/** The id `insert(...).returning('id')` gave, whatever the dialect's shape. */
export function insertedId(inserted: unknown): string {
  return String(
    typeof inserted === 'object' && inserted !== null
      ? (inserted as { id: unknown }).id
      : inserted,
  );
}
