// Runs every test once (not in watch mode) and says whether the PostgreSQL variants run.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const backstageCli = createRequire(import.meta.url).resolve(
  '@backstage/cli/bin/backstage-cli',
);

const variable = 'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING';
if (process.env[variable]) {
  console.log(`PostgreSQL tests: running against ${process.env[variable]}`);
} else {
  console.log(
    `PostgreSQL tests: SKIPPED, ${variable} is not set. Start a local server with\n` +
      `  export ${variable}=$(scripts/start-test-postgres.sh)\n` +
      'to run them too (.ci/run always does).',
  );
}

// backstage-cli only runs every test, once, when CI is set. --verbose lists each test,
// so the log shows which ran on SQLite and which on PostgreSQL.
const result = spawnSync(
  process.execPath,
  [backstageCli, 'repo', 'test', '--verbose', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, CI: 'true' } },
);
if (result.error) {
  throw result.error;
}
process.exit(result.status ?? 1);
