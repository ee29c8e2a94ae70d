// @ts-check
// The demo app as the browser tests (e2e/run.mjs, e2e/browser.mjs) and the UI benchmark
// (plugins/incidents-backend/bench/ui.bench.ts) use it: starting the demo backend,
// waiting for it (failing at once, with the backend's own error, when it stops or cannot
// listen), signing in as the demo's guest, Debian's Chromium, and stopping what was
// started. Plain ESM with JSDoc types, which the TypeScript benchmark imports.
import { spawn } from 'node:child_process';
import { existsSync, openSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

/** @typedef {import('node:child_process').ChildProcess} ChildProcess */

const ROOT = resolve(import.meta.dirname, '..');
const require = createRequire(join(ROOT, 'package.json'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const POLL_MS = 2000;

/**
 * The response of `url`, or undefined when nothing answers within 10 s.
 *
 * @param {string} url
 * @param {RequestInit} [init]
 * @returns {Promise<Response | undefined>}
 */
export async function answers(url, init) {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
  } catch {
    return undefined;
  }
}

/**
 * The demo guest's token and the entities it owns through (the catalog relates it to
 * its groups once it has read the demo catalog), or undefined while the backend cannot
 * sign it in.
 *
 * @param {string} backendUrl
 * @returns {Promise<{ token: string, ownershipEntityRefs: string[] } | undefined>}
 */
export async function guestIdentity(backendUrl) {
  const refresh = await answers(
    `${backendUrl}/api/auth/guest/refresh?env=development`,
    { headers: { 'X-Requested-With': 'XMLHttpRequest' } },
  );
  if (!refresh?.ok) {
    return undefined;
  }
  const { token, identity } = (await refresh.json()).backstageIdentity;
  return { token, ownershipEntityRefs: identity.ownershipEntityRefs };
}

/**
 * Starts the demo backend (packages/backend) as `npm start` does, minus its file watcher
 * (a file saved in the checkout during a run must not restart it), in a process group of
 * its own, its output appended to `logFile`.
 *
 * @param {{
 *   configs: string[],
 *   nodeEnv: 'development' | 'production',
 *   logFile: string,
 *   nodeOptions?: string[],
 * }} options `configs`: the app-config files, in order; `nodeOptions`: for Node itself.
 * @returns {ChildProcess}
 */
export function startBackend({ configs, nodeEnv, logFile, nodeOptions = [] }) {
  const log = openSync(logFile, 'a');
  return spawn(
    process.execPath,
    [
      ...nodeOptions,
      '--require',
      require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      'src/index',
      ...configs.flatMap(config => ['--config', config]),
    ],
    {
      cwd: join(ROOT, 'packages', 'backend'),
      detached: true,
      stdio: ['ignore', log, log],
      env: {
        ...process.env,
        NODE_ENV: nodeEnv,
        ESBK_TSCONFIG_PATH: join(ROOT, 'tsconfig.json'),
      },
    },
  );
}

/**
 * Node's own words when a server cannot listen (`listen EADDRINUSE: address already in
 * use :::7007`), up to the end of the line or of the JSON string holding them. The
 * backend logs its failed start and keeps running, so waiting alone would only time out.
 */
const CANNOT_LISTEN = /listen E[A-Z]+: [^"\\\n]*/;

/**
 * Waits until `check` holds, polling every 2 s. Fails at once when one of `processes`
 * has stopped or `logFile` (the backend's) says it cannot listen, and after `timeoutMs`.
 *
 * @param {string} description what is awaited, for the error
 * @param {() => Promise<boolean | undefined>} check
 * @param {{ processes?: ChildProcess[], logFile?: string, timeoutMs: number }} options
 * @returns {Promise<void>}
 */
export async function waitFor(description, check, options) {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const cannotListen = options.logFile
      ? readFileSync(options.logFile, 'utf8').match(CANNOT_LISTEN)
      : null;
    if (cannotListen) {
      throw new Error(
        `the app cannot listen (${cannotListen[0].trim()}) while waiting for ${description}`,
      );
    }
    const stopped = options.processes?.find(
      p => p.exitCode !== null || p.signalCode !== null,
    );
    if (stopped) {
      throw new Error(
        `the app stopped (${
          stopped.signalCode ?? `exit code ${stopped.exitCode}`
        }) while waiting for ${description}`,
      );
    }
    if (await check()) {
      return;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${
          options.timeoutMs / 1000
        } s waiting for ${description}`,
      );
    }
    await new Promise(wait => setTimeout(wait, POLL_MS));
  }
}

/**
 * Stops a process started with `detached: true` and everything it started (its process
 * group): SIGTERM, then SIGKILL if it is still there after 20 s.
 *
 * @param {ChildProcess} child
 * @returns {Promise<void>}
 */
export function stopProcessGroup(child) {
  const pid = child.pid;
  if (
    pid === undefined ||
    child.exitCode !== null ||
    child.signalCode !== null
  ) {
    return Promise.resolve();
  }
  return new Promise(resolveStopped => {
    const killTimer = setTimeout(() => {
      console.log(`process ${pid} did not stop within 20 s; killing it`);
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, 20_000);
    child.once('exit', () => {
      clearTimeout(killTimer);
      resolveStopped();
    });
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      clearTimeout(killTimer);
      resolveStopped();
    }
  });
}

/** Fails with how to install Debian's Chromium when it is not there. */
export function assertChromium() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `no Chromium at ${CHROMIUM}; install Debian's: apt-get update && apt-get install -y chromium`,
    );
  }
}

/**
 * Debian's Chromium (`CHROMIUM_PATH` for another), headless, through the repository's
 * playwright-core.
 *
 * @returns {Promise<import('playwright-core').Browser>}
 */
export function launchBrowser() {
  /** @type {typeof import('playwright-core')} */
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/**
 * Opens the catalog in `page` and enters as the guest when the sign-in page asks.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} appUrl
 * @returns {Promise<void>}
 */
export async function enterAsGuest(page, appUrl) {
  await page.goto(`${appUrl}/catalog`);
  const enter = page.getByRole('button', { name: /^enter$/i });
  const catalog = page.getByRole('heading', { name: /catalog/i }).first();
  await enter.or(catalog).first().waitFor();
  if (await enter.isVisible()) {
    await enter.click();
  }
  await catalog.waitFor();
}
