// `npm run test:e2e`: starts the demo app (frontend on :3000, backend on :7007) on a
// fresh, temporary SQLite directory, waits until both answer and the demo catalog is
// loaded, runs the browser tests (e2e/*.e2e.mjs, Node's test runner, Debian's Chromium),
// then stops the app. Screenshots and the app's log go to e2e-output/ (git-ignored).
//
// E2E_APP_RUNNING=1 skips starting the app and uses the one already running. Arguments
// choose the test files by name: `npm run test:e2e -- search knownErrors`.
import { spawn, spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  answers,
  assertChromium,
  guestIdentity,
  startBackend,
  stopProcessGroup,
  waitFor,
} from './demoApp.mjs';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));
const output = join(root, 'e2e-output');
const appUrl = 'http://localhost:3000';
const backendUrl = 'http://localhost:7007';
// A cold dev build on a 2-core machine takes a few minutes; more means something is wrong.
const startupTimeoutMs = 10 * 60 * 1000;

function log(message) {
  console.log(`[e2e] ${message}`);
}

/** The demo catalog is read at startup; the tests need its components and users. */
async function catalogLoaded() {
  const guest = await guestIdentity(backendUrl);
  if (!guest) {
    return false;
  }
  const headers = { Authorization: `Bearer ${guest.token}` };
  for (const ref of [
    'component/default/cart-service',
    'user/default/amelie.tremblay',
  ]) {
    const entity = await answers(
      `${backendUrl}/api/catalog/entities/by-name/${ref}`,
      { headers },
    );
    if (!entity?.ok) {
      return false;
    }
  }
  return true;
}

/**
 * The signals backend starts handling WebSocket upgrades when the first upgrade request
 * reaches its router; that first browser connection fails and the browser reconnects
 * seconds later, missing what happened meanwhile. One request here opens the door.
 */
function openSignalsEndpoint() {
  return new Promise(resolveOpened => {
    const request = http.request(`${backendUrl}/api/signals`, {
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': 'ZTJlLXdhcm0tdXAtcmVxdWVzdA==',
      },
      timeout: 2000,
    });
    const done = () => {
      request.destroy();
      resolveOpened();
    };
    request.on('upgrade', done);
    request.on('response', done);
    request.on('timeout', done);
    request.on('error', done);
    request.end();
  });
}

/** Stops each process of the app with everything it started (its process group). */
function stopApp(processes) {
  return Promise.all((processes ?? []).map(stopProcessGroup));
}

async function main() {
  assertChromium();
  rmSync(output, { recursive: true, force: true });
  mkdirSync(output, { recursive: true });

  let app;
  let appLog;
  let dataDir;
  const reuse = process.env.E2E_APP_RUNNING === '1';
  if (reuse) {
    log('using the app that is already running');
  } else {
    for (const url of [appUrl, `${backendUrl}/api/incidents/health`]) {
      if (await answers(url)) {
        throw new Error(
          `something already answers on ${url}; stop it (or set E2E_APP_RUNNING=1 to test it)`,
        );
      }
    }
    dataDir = mkdtempSync(join(tmpdir(), 'incidents-e2e-'));
    const config = join(dataDir, 'app-config.e2e.yaml');
    writeFileSync(
      config,
      [
        '# Written by e2e/run.mjs: a fresh database for each browser test run.',
        'backend:',
        '  database:',
        '    connection:',
        `      directory: ${JSON.stringify(join(dataDir, 'sqlite'))}`,
        '# Search indexes what the tests record within seconds (search.e2e.mjs).',
        "# Durations merge with app-config.yaml's ({ minutes: 1 }): minutes: 0 undoes it.",
        'search:',
        '  collators:',
        '    incidents:',
        '      schedule:',
        '        frequency: { minutes: 0, seconds: 10 }',
        '        timeout: { minutes: 2 }',
        '        initialDelay: { seconds: 2 }',
        '',
      ].join('\n'),
    );
    appLog = join(output, 'app.log');
    const configs = [join(root, 'app-config.yaml'), config];
    log(`starting the demo app (log: ${appLog}, data: ${dataDir})`);
    // Both write to the end of the one log (append mode): neither overwrites the other.
    writeFileSync(appLog, '');
    const backend = startBackend({
      configs,
      nodeEnv: 'development',
      logFile: appLog,
      nodeOptions: ['--enable-source-maps'],
    });
    const frontendLog = openSync(appLog, 'a');
    const frontend = spawn(
      process.execPath,
      [
        require.resolve('@backstage/cli/bin/backstage-cli'),
        'package',
        'start',
        ...configs.flatMap(c => ['--config', c]),
      ],
      {
        cwd: join(root, 'packages', 'app'),
        detached: true,
        stdio: ['ignore', frontendLog, frontendLog],
      },
    );
    app = [backend, frontend];
    for (const signal of ['SIGINT', 'SIGTERM']) {
      process.once(signal, async () => {
        await stopApp(app);
        process.exit(130);
      });
    }
  }

  let status = 1;
  try {
    const started = Date.now();
    const watch = {
      processes: app,
      logFile: appLog,
      timeoutMs: startupTimeoutMs,
    };
    await waitFor(
      'the backend',
      async () => (await answers(`${backendUrl}/api/incidents/health`))?.ok,
      watch,
    );
    await waitFor('the demo catalog', catalogLoaded, watch);
    await openSignalsEndpoint();
    await waitFor(
      'the frontend',
      async () => (await answers(appUrl))?.ok,
      watch,
    );
    log(`the app is up after ${Math.round((Date.now() - started) / 1000)} s`);

    // `npm run test:e2e -- search` runs only the files whose names contain `search`.
    const only = process.argv.slice(2);
    const tests = readdirSync(import.meta.dirname)
      .filter(name => name.endsWith('.e2e.mjs'))
      .filter(name => only.length === 0 || only.some(n => name.includes(n)))
      .map(name => join(import.meta.dirname, name));
    // The accessibility audit declares incidents on the services the scenarios expect
    // to start without any: it runs after them, in a run of its own (Node's test runner
    // orders the files it is given by itself).
    const isAudit = file => file.endsWith('accessibility.e2e.mjs');
    const runs = [tests.filter(t => !isAudit(t)), tests.filter(isAudit)];
    status = 0;
    for (const files of runs.filter(r => r.length > 0)) {
      const result = spawnSync(
        process.execPath,
        ['--test', '--test-reporter=spec', '--test-concurrency=1', ...files],
        { cwd: root, stdio: 'inherit' },
      );
      status = Math.max(status, result.status ?? 1);
    }
    log(`${status === 0 ? 'passed' : 'FAILED'}; screenshots in ${output}`);
  } catch (error) {
    log(`FAILED: ${error.message}`);
    if (appLog) {
      console.error(
        readFileSync(appLog, 'utf8').split('\n').slice(-40).join('\n'),
      );
    }
  } finally {
    if (app) {
      log('stopping the app');
      await stopApp(app);
    }
    if (dataDir) {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  process.exit(status);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
