// The plugin's pages in a browser, against Backstage's own catalog page (the floor any
// page of the app pays): builds the demo app for production, serves it with the demo
// backend on its own port (7107, so the demo on 3000/7007 can keep running) with a fresh
// SQLite directory and the demo's seed data, then times each page in Debian's Chromium,
// signed in as the demo's guest, and prints how long it takes to show the content the
// user came for and how much JavaScript it downloads.
//
//   npm run bench -- ui
//
// BENCH_UI_PORT picks another port; BENCH_UI_RELOADS the number of timed loads per page.
import { ChildProcess, spawn } from 'node:child_process';
import {
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
// What the browser tests do too: start the backend, wait for it, sign in as the guest.
// The benchmark is a script of the repository, as they are, not published plugin code.
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import {
  answers,
  assertChromium,
  enterAsGuest,
  guestIdentity,
  launchBrowser,
  startBackend,
  stopProcessGroup,
  waitFor,
} from '../../../e2e/demoApp.mjs';
import { percentile, printMarkdownTable } from './benchKit';

const ROOT = resolve(__dirname, '../../..');
const APP_DIST = join(ROOT, 'packages', 'app', 'dist');
const PORT = Number(process.env.BENCH_UI_PORT ?? 7107);
const BASE_URL = `http://localhost:${PORT}`;
const RELOADS = Number(process.env.BENCH_UI_RELOADS ?? 5);
/** The target: no page of the plugin takes more than this times the catalog page. */
const MAX_RATIO_TO_CATALOG = 1.3;
// A cold production build on 2 shared cores takes minutes; the backend a minute.
const BUILD_TIMEOUT_MS = 15 * 60_000;
const STARTUP_TIMEOUT_MS = 5 * 60_000;
const CONTENT_TIMEOUT_MS = 60_000;
const ENTITY_REF = 'component:default/cart-service';

type BenchPage = {
  name: string;
  path: string;
  /**
   * What "the content the user came for" is: each selector must match an element on
   * screen, inside the page's content (`main`).
   */
  content: string[];
  /** Whether the page draws charts, and so may download the charts library. */
  showsCharts: boolean;
};

const CATALOG: BenchPage = {
  name: 'Catalog (Backstage, the floor)',
  path: '/catalog',
  content: ['main table tbody tr a[href^="/catalog/default/"]'],
  showsCharts: false,
};

function pluginPages(incidentNumber: string): BenchPage[] {
  return [
    {
      name: 'Entity page, Incidents tab',
      path: '/catalog/default/component/cart-service/incidents',
      content: [
        'main table tbody tr a[href^="/incidents/INC-"]',
        'main .recharts-wrapper svg',
      ],
      showsCharts: true,
    },
    {
      name: `Incident page (${incidentNumber})`,
      path: `/incidents/${incidentNumber}`,
      content: ['main h1', 'main ol[aria-label="Timeline"] > li'],
      showsCharts: false,
    },
    {
      name: 'Metrics page',
      path: '/incidents/metrics',
      content: ['main .recharts-wrapper svg'],
      showsCharts: true,
    },
    {
      name: 'Known errors (KEDB)',
      path: '/known-errors',
      content: ['main table tbody tr a[href^="/known-errors/KE-"]'],
      showsCharts: false,
    },
  ];
}

/**
 * Runs in the page on every animation frame: true once every selector matches an
 * element that takes up space and no Backstage progress indicator is left in `main`
 * (sections that are still loading show one, also before it becomes visible).
 */
function contentShown(selectors: string[]): number | false {
  const main = document.querySelector('main');
  if (!main || main.querySelector('[data-testid="progress"]')) {
    return false;
  }
  const onScreen = (selector: string) =>
    Array.from(document.querySelectorAll(selector)).some(
      element => element.getClientRects().length > 0,
    );
  return selectors.every(onScreen) ? performance.now() : false;
}

function log(message: string) {
  console.log(`[ui] ${message}`);
}

/** Runs a command to the end, its output in `logFile`; rejects with the log's end. */
function runToEnd(
  command: string,
  args: string[],
  options: { cwd: string; logFile: string; timeoutMs: number; env?: object },
): Promise<void> {
  return new Promise((resolveRun, rejectRun) => {
    const fd = openSync(options.logFile, 'w');
    const child = spawn(command, args, {
      cwd: options.cwd,
      stdio: ['ignore', fd, fd],
      env: { ...process.env, ...options.env },
    });
    const timer = setTimeout(() => child.kill('SIGTERM'), options.timeoutMs);
    child.on('exit', code => {
      clearTimeout(timer);
      if (code === 0) {
        resolveRun();
        return;
      }
      const tail = readFileSync(options.logFile, 'utf8')
        .split('\n')
        .slice(-30)
        .join('\n');
      rejectRun(
        new Error(
          `${args.join(' ')} failed (exit ${code}); the end of ${
            options.logFile
          }:\n${tail}`,
        ),
      );
    });
  });
}

/**
 * Fails at once when something holds PORT, before minutes of building: it may not answer
 * HTTP, and the backend would only find out once started.
 */
function assertPortFree(): Promise<void> {
  return new Promise((resolveFree, rejectTaken) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      rejectTaken(
        new Error(
          `port ${PORT} is not free (${error.message}); stop what holds it or set BENCH_UI_PORT`,
        ),
      ),
    );
    probe.listen(PORT, () => probe.close(() => resolveFree()));
  });
}

/**
 * The app is up once the incidents API answers, the catalog has related the guest to
 * the SRE team (the seed approves postmortems as one of its members) and `/catalog` is
 * the built app.
 */
async function appReady(): Promise<boolean> {
  if (!(await answers(`${BASE_URL}/api/incidents/health`))?.ok) {
    return false;
  }
  const guest = await guestIdentity(BASE_URL);
  if (!guest?.ownershipEntityRefs.includes('group:default/sre-team')) {
    return false;
  }
  const html = await answers(`${BASE_URL}/catalog`);
  if (!html?.ok || !(await html.text()).includes('backstage.io/config')) {
    throw new Error(
      `${BASE_URL}/catalog is not the built app (status ${html?.status}); does ${APP_DIST}/static exist?`,
    );
  }
  return true;
}

/** The demo backend serving the built app, on PORT, with its data in `dataDir`. */
async function startApp(dataDir: string): Promise<ChildProcess> {
  const config = join(dataDir, 'app-config.bench.yaml');
  writeFileSync(
    config,
    [
      '# Written by the ui benchmark: the built app served by the backend, on its own port.',
      'app:',
      `  baseUrl: ${BASE_URL}`,
      'backend:',
      `  baseUrl: ${BASE_URL}`,
      `  listen: { port: ${PORT} }`,
      `  cors: { origin: ${BASE_URL} }`,
      '  database:',
      '    connection:',
      `      directory: ${JSON.stringify(join(dataDir, 'sqlite'))}`,
      'auth:',
      '  providers:',
      '    guest:',
      '      # The backend runs as in production; the benchmark signs in as the guest.',
      '      dangerouslyAllowOutsideDevelopment: true',
      '# Indexing would compete with the browser for the CPU while pages are timed.',
      'search:',
      '  collators:',
      '    incidents:',
      '      schedule:',
      '        frequency: { minutes: 60 }',
      '        initialDelay: { minutes: 60 }',
      '',
    ].join('\n'),
  );
  const logFile = join(dataDir, 'backend.log');
  log(`starting the backend on ${BASE_URL} (log: ${logFile})`);
  const backend = startBackend({
    configs: [join(ROOT, 'app-config.yaml'), config],
    nodeEnv: 'production',
    logFile,
  });
  try {
    await waitFor('the app', appReady, {
      processes: [backend],
      logFile,
      timeoutMs: STARTUP_TIMEOUT_MS,
    });
  } catch (error) {
    await stopProcessGroup(backend);
    const logTail = readFileSync(logFile, 'utf8')
      .split('\n')
      .slice(-30)
      .join('\n');
    throw new Error(
      `the app did not start on ${BASE_URL}: ${
        (error as Error).message
      }; the end of ${logFile}:\n${logTail}`,
    );
  }
  return backend;
}

/** The newest incident on the entity, whose page is timed. */
async function newestIncidentNumber(): Promise<string> {
  const guest = await guestIdentity(BASE_URL);
  const response = await fetch(
    `${BASE_URL}/api/incidents/incidents?entityRef=${encodeURIComponent(
      ENTITY_REF,
    )}&limit=1`,
    { headers: { Authorization: `Bearer ${guest?.token}` } },
  );
  const { items } = await response.json();
  if (!items?.length) {
    throw new Error(`the seed recorded no incident on ${ENTITY_REF}`);
  }
  return items[0].number;
}

/** The chunks of the build that hold the charts library, from their source maps. */
function chartChunks(): Set<string> {
  const staticDir = join(APP_DIST, 'static');
  return new Set(
    readdirSync(staticDir)
      .filter(file => file.endsWith('.js.map'))
      .filter(file =>
        readFileSync(join(staticDir, file), 'utf8').includes(
          'node_modules/recharts/',
        ),
      )
      .map(file => file.replace(/\.map$/, '')),
  );
}

type Load = { ms: number; jsBytes: number; scripts: string[] };

/**
 * One load of `benchPage`: from the start of the navigation to the content on screen
 * (measured in the page, on the frame it appears), then, once the network is quiet, the
 * JavaScript it transferred (compressed, as sent; 0 for what came from the cache).
 */
async function load(page: Page, benchPage: BenchPage): Promise<Load> {
  await page.goto(`${BASE_URL}${benchPage.path}`, { waitUntil: 'commit' });
  const shown = await page.waitForFunction(contentShown, benchPage.content, {
    polling: 'raf',
    timeout: CONTENT_TIMEOUT_MS,
  });
  const ms = (await shown.jsonValue()) as number;
  await page
    .waitForLoadState('networkidle', { timeout: 10_000 })
    .catch(() => {});
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map(entry => entry as PerformanceResourceTiming)
      .filter(entry => new URL(entry.name).pathname.endsWith('.js'))
      .map(entry => `${entry.transferSize} ${entry.name}`),
  );
  return {
    ms,
    jsBytes: scripts.reduce((sum, s) => sum + Number(s.split(' ')[0]), 0),
    scripts: scripts.map(s => s.split('/').pop()!),
  };
}

async function timePages(browser: Browser, pages: BenchPage[]) {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 1000 },
    locale: 'en-CA',
  });
  try {
    const page = await context.newPage();
    // A page of the app loads more scripts than the default buffer of 250 entries.
    await page.addInitScript(() =>
      performance.setResourceTimingBufferSize(10_000),
    );
    await enterAsGuest(page, BASE_URL);
    const cdp = await context.newCDPSession(page);
    for (const benchPage of pages) {
      // Untimed: warms the server and the HTTP cache, and fails early on a broken page.
      await load(page, benchPage).catch(error => {
        throw new Error(
          `${benchPage.path} never showed ${benchPage.content.join(' and ')}`,
          { cause: error },
        );
      });
    }
    const loads = new Map<string, { warm: Load[]; cold: Load[] }>(
      pages.map(p => [p.path, { warm: [], cold: [] }]),
    );
    // Round after round over every page, so that a busy moment on the machine does
    // not fall on one page only; each page first with the HTTP cache cleared (a first
    // visit, still signed in), then again with it warm (coming back).
    for (let round = 0; round < RELOADS; round++) {
      for (const benchPage of pages) {
        await cdp.send('Network.clearBrowserCache');
        loads.get(benchPage.path)!.cold.push(await load(page, benchPage));
        loads.get(benchPage.path)!.warm.push(await load(page, benchPage));
      }
    }
    return loads;
  } finally {
    await context.close();
  }
}

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

/** A median with the fastest and slowest load, which show how steady the machine was. */
function withRange(medianMs: number, loads: Load[]) {
  const ms = loads.map(l => l.ms);
  return `${medianMs.toFixed(0)} (${Math.min(...ms).toFixed(0)}-${Math.max(
    ...ms,
  ).toFixed(0)})`;
}

function report(
  pages: BenchPage[],
  loads: Map<string, { warm: Load[]; cold: Load[] }>,
) {
  const chunksWithCharts = chartChunks();
  const floor = loads.get(CATALOG.path)!;
  const floorWarm = median(floor.warm.map(l => l.ms));
  const floorCold = median(floor.cold.map(l => l.ms));
  const rows = pages.map(benchPage => {
    const { warm, cold } = loads.get(benchPage.path)!;
    const warmMs = median(warm.map(l => l.ms));
    const coldMs = median(cold.map(l => l.ms));
    const loadsCharts = cold[0].scripts.some(s => chunksWithCharts.has(s));
    const fast =
      warmMs <= MAX_RATIO_TO_CATALOG * floorWarm &&
      coldMs <= MAX_RATIO_TO_CATALOG * floorCold;
    const chartsWhereShown = benchPage.showsCharts || !loadsCharts;
    const meets = fast && chartsWhereShown;
    if (!meets) {
      process.exitCode = 1;
    }
    return [
      benchPage.name,
      withRange(warmMs, warm),
      (warmMs / floorWarm).toFixed(2),
      withRange(coldMs, cold),
      (coldMs / floorCold).toFixed(2),
      (median(cold.map(l => l.jsBytes)) / 1024).toFixed(0),
      (median(warm.map(l => l.jsBytes)) / 1024).toFixed(0),
      loadsCharts ? 'yes' : 'no',
      `<= ${MAX_RATIO_TO_CATALOG}x catalog${
        benchPage.showsCharts ? '' : ', no charts library'
      }: ${meets ? 'met' : 'MISSED'}`,
    ];
  });
  printMarkdownTable(
    [
      'page',
      'warm cache: median ms (min-max)',
      'warm: x catalog',
      'cold cache: median ms (min-max)',
      'cold: x catalog',
      'JS KB transferred, cold',
      'JS KB transferred, warm',
      'charts library downloaded',
      'target',
    ],
    rows,
  );
}

export async function run() {
  assertChromium();
  await assertPortFree();
  const dataDir = mkdtempSync(join(tmpdir(), 'incidents-bench-ui-'));
  let backend: ChildProcess | undefined;
  let browser: Browser | undefined;
  const stopOnSignal = async () => {
    await browser?.close().catch(() => {});
    if (backend) {
      await stopProcessGroup(backend);
    }
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    // Always built: whether an existing build matches every workspace package and
    // dependency it was made from cannot be told reliably.
    const buildStart = performance.now();
    log('building the app for production (packages/app)');
    await runToEnd(
      process.execPath,
      [require.resolve('@backstage/cli/bin/backstage-cli'), 'package', 'build'],
      {
        cwd: join(ROOT, 'packages', 'app'),
        logFile: join(dataDir, 'build.log'),
        timeoutMs: BUILD_TIMEOUT_MS,
      },
    );
    log(`built in ${((performance.now() - buildStart) / 1000).toFixed(0)} s`);
    backend = await startApp(dataDir);
    log('seeding the demo data (scripts/demo-seed.mjs)');
    await runToEnd(process.execPath, [join(ROOT, 'scripts', 'demo-seed.mjs')], {
      cwd: ROOT,
      logFile: join(dataDir, 'seed.log'),
      timeoutMs: STARTUP_TIMEOUT_MS,
      env: { BACKEND_URL: BASE_URL },
    });
    log(readFileSync(join(dataDir, 'seed.log'), 'utf8').trim());
    const pages = [CATALOG, ...pluginPages(await newestIncidentNumber())];
    browser = await launchBrowser();
    log(
      `timing ${pages.length} pages, ${RELOADS} rounds of a load with the HTTP cache cleared, then one with it warm`,
    );
    const loads = await timePages(browser, pages);
    console.log(
      `\nTime to the content the user came for, from the start of the navigation (median of ${RELOADS} loads each); JS transferred as sent (compressed).`,
    );
    for (const benchPage of pages) {
      console.log(`- ${benchPage.name}: ${benchPage.content.join(' and ')}`);
    }
    report(pages, loads);
  } finally {
    process.off('SIGINT', stopOnSignal);
    process.off('SIGTERM', stopOnSignal);
    await browser?.close().catch(() => {});
    if (backend) {
      await stopProcessGroup(backend);
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}
