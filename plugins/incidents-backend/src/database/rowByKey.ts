import { Knex } from 'knex';
import { isPostgres } from './dialect';

/**
 * The row of `table` with this id or number, or undefined. `forUpdate` locks it until
 * the transaction ends on PostgreSQL; SQLite's writers take turns anyway.
 */
export async function rowByKey<Row extends {}>(
  db: Knex,
  table: string,
  key: { id: string } | { number: number },
  options?: { forUpdate?: boolean },
): Promise<Row | undefined> {
  let query = db(table).where(
    'id' in key ? { id: key.id } : { number: key.number },
  );
  if (options?.forUpdate && isPostgres(db)) {
    query = query.forUpdate();
  }
  return (await query.first()) as Row | undefined;
}
