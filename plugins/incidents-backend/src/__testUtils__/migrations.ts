import { Knex } from 'knex';
import { MIGRATIONS_DIRECTORY } from '../database/prepareDatabase';

const config = { directory: MIGRATIONS_DIRECTORY };

/** Runs every migration before `file` (the file name in migrations/), and not `file`. */
export async function migrateUntilBefore(knex: Knex, file: string) {
  for (;;) {
    const [, pending] = await knex.migrate.list(config);
    if (pending.length === 0) {
      throw new Error(`No pending migration ${file}`);
    }
    if (pending[0].file === file) {
      return;
    }
    await knex.migrate.up(config);
  }
}

/** Runs the migration `file` alone: the data seeded before it is what it migrates. */
export async function migrateUpOnce(knex: Knex, file: string) {
  await knex.migrate.up({ ...config, name: file });
}

/** Undoes the migration `file` alone. */
export async function migrateDownOnce(knex: Knex, file: string) {
  await knex.migrate.down({ ...config, name: file });
}

export async function migrateToLatest(knex: Knex) {
  await knex.migrate.latest(config);
}

export async function rollbackAll(knex: Knex) {
  await knex.migrate.rollback(config, true);
}
