import {
  DatabaseService,
  LoggerService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

export const MIGRATIONS_DIRECTORY = resolvePackagePath(
  '@incident-response/backstage-plugin-incidents-backend',
  'migrations',
);

/**
 * The workspace worker records each step's progress as it happens: many small commits.
 * In SQLite's default rollback-journal mode every commit waits for the disk (about 20 ms
 * on an ordinary disk), and better-sqlite3 waits on the event loop, so a declare's steps
 * would block the backend for about half a second. In write-ahead-log mode a commit is
 * an append. The setting belongs to this plugin's own database file and persists in
 * it; in-memory databases (tests) keep their journal, and PostgreSQL is not touched.
 */
async function useWriteAheadLogOnSqlite(knex: Knex, logger?: LoggerService) {
  const client = String(knex.client.config.client);
  if (!client.includes('sqlite')) {
    return;
  }
  try {
    await knex.raw('PRAGMA journal_mode = WAL');
  } catch (error) {
    logger?.warn(
      'Could not switch the SQLite database to write-ahead logging',
      { error: String(error) },
    );
  }
}

/**
 * The one place the plugin's database is set up: runs the migrations (unless the
 * installation skips them) and returns the client every store is built on. Stores
 * expect this to have run.
 */
export async function prepareDatabase(
  database: DatabaseService,
  options: { logger?: LoggerService; skipMigrations?: boolean } = {},
): Promise<Knex> {
  const client = await database.getClient();
  if (!database.migrations?.skip && !options.skipMigrations) {
    await client.migrate.latest({ directory: MIGRATIONS_DIRECTORY });
  }
  await useWriteAheadLogOnSqlite(client, options.logger);
  return client;
}
