import createKnex, { Knex } from 'knex';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const VARIABLE = 'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING';

/** The tests' PostgreSQL server, started by scripts/start-test-postgres.sh when unset. */
function postgresConnection(): string | undefined {
  if (process.env[VARIABLE]) {
    return process.env[VARIABLE];
  }
  try {
    return execFileSync(
      resolve(__dirname, '../../../scripts/start-test-postgres.sh'),
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    ).trim();
  } catch {
    return undefined;
  }
}

/**
 * An empty database `name` on that server, or undefined (and a line saying the
 * PostgreSQL run is skipped) when there is no server.
 */
export async function freshPostgresDatabase(
  name: string,
): Promise<Knex | undefined> {
  const connection = postgresConnection();
  if (!connection) {
    console.log(
      `PostgreSQL: SKIPPED (no server: set ${VARIABLE} or see scripts/start-test-postgres.sh)`,
    );
    return undefined;
  }
  const admin = createKnex({ client: 'pg', connection });
  try {
    await admin.raw(`drop database if exists ${name}`);
    await admin.raw(`create database ${name}`);
  } finally {
    await admin.destroy();
  }
  const url = new URL(connection);
  url.pathname = `/${name}`;
  return createKnex({ client: 'pg', connection: url.toString() });
}
