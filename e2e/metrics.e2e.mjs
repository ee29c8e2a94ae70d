// Browser tests of the TTD/TTR charts: a year of past incidents is recorded through the
// API (scripts/demo-seed.mjs, as `npm run demo:seed` does), then the charts are read on
// a service's Incidents tab, a team's page and the organisation's metrics page.
//
// It runs after incidents.e2e.mjs (files run one at a time, in name order): that file
// expects cart-service to start without incidents, and the seed gives it some.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe } from 'node:test';
import {
  APP_URL,
  BACKEND_URL,
  guestToken,
  launchBrowser,
  scenario,
  signedInPage,
} from './browser.mjs';

const SERVICE_REF = 'component:default/checkout-web';
const { step, screenshot, usePage } = scenario('metrics');

/** What the API says about a service's incidents: the number the tables must show. */
async function apiMetrics(query) {
  const token = await guestToken();
  const response = await fetch(
    `${BACKEND_URL}/api/incidents/metrics?${new URLSearchParams(query)}`,
    { headers: { Authorization: `Bearer ${token}` } },
  );
  assert.equal(response.status, 200);
  return response.json();
}

describe('TTD/TTR charts with a year of incidents', () => {
  let browser;
  let page;

  before(async () => {
    browser = await launchBrowser();
    // Tall enough that a whole Incidents tab, charts included, is on screen (Backstage
    // scrolls inside the page, so a full-page screenshot would stop at the viewport).
    page = await signedInPage(browser, { width: 1400, height: 2800 });
    usePage(page);
  });

  after(async () => {
    await browser?.close();
  });

  step('records a year of past incidents through the API', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(import.meta.dirname, '..', 'scripts', 'demo-seed.mjs')],
      { env: { ...process.env, BACKEND_URL } },
    );
    assert.match(stdout, /Recorded \d+ past incidents on 9 services/);
    const metrics = await apiMetrics({ entityRef: SERVICE_REF });
    assert.ok(metrics.count > 10, `checkout-web has ${metrics.count}`);
  });

  const metricsSection = () =>
    page.getByRole('region', { name: 'Time to detect and time to recover' });
  const chart = name =>
    metricsSection().getByRole('region', { name, exact: true });

  step("the Incidents tab charts the service's TTD and TTR", async () => {
    await page.goto(
      `${APP_URL}/catalog/default/component/checkout-web/incidents`,
    );
    const points = chart('Time to detect').locator('.recharts-scatter-symbol');
    await points.first().waitFor();
    assert.ok((await points.count()) > 10, 'a point per incident');
    // Median and 90th percentile lines, bars per month.
    await chart('Time to recover')
      .locator('.recharts-line-curve')
      .nth(1)
      .waitFor();
    await chart('Incidents by severity')
      .locator('.recharts-bar-rectangle')
      .first()
      .waitFor();
    await chart('Time to detect').getByText('Median per month').waitFor();
    await metricsSection()
      .getByRole('table', { name: 'Summary' })
      .getByRole('rowheader', { name: /^Time to recover/ })
      .waitFor();
    await screenshot(page, 'incidents-tab-charts');
  });

  step('pointing at an incident names it; clicking opens it', async () => {
    const point = chart('Time to detect')
      .locator('.recharts-scatter-symbol')
      .last();
    const box = await point.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const named = chart('Time to detect')
      .locator('.recharts-tooltip-wrapper')
      .getByText(/^INC-\d+: /);
    await named.waitFor();
    const [, number, title] = (await named.textContent()).match(
      /^(INC-\d+): (.*)$/,
    );
    await chart('Time to detect')
      .getByText('Click the point to open the incident')
      .waitFor();
    await screenshot(page, 'chart-tooltip');

    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForURL(new RegExp(`/incidents/${number}$`));
    await page.getByRole('heading', { name: title }).waitFor();
  });

  step('the table view has the same numbers as the API', async () => {
    await page.goBack();
    await metricsSection().waitFor();
    await metricsSection().getByLabel('Period').selectOption('all');
    const expected = await apiMetrics({ entityRef: SERVICE_REF });

    const counts = chart('Incidents by severity');
    await counts.getByRole('checkbox', { name: 'Show as table' }).check();
    const table = counts.getByRole('table', {
      name: 'Incidents per month and severity',
    });
    const total = table.getByRole('row').filter({
      has: page.getByRole('rowheader', { name: 'Total' }),
    });
    // The last cell is the total over every month, as loaded for "All time".
    await total
      .getByRole('cell')
      .last()
      .filter({ hasText: new RegExp(`^${expected.count}$`) })
      .waitFor();
    await metricsSection()
      .getByText(`${expected.count} incidents`, { exact: true })
      .waitFor();

    const ttr = chart('Time to recover');
    await ttr.getByRole('checkbox', { name: 'Show as table' }).check();
    const perIncident = ttr.getByRole('table', {
      name: 'Time to recover per incident, newest first',
    });
    const newest = expected.points[expected.points.length - 1];
    await perIncident
      .getByRole('row')
      .nth(1)
      .getByRole('rowheader', { name: newest.number })
      .waitFor();
    await screenshot(page, 'table-view');
  });

  step("a team's page charts what it owns", async () => {
    await page.goto(`${APP_URL}/catalog/default/group/storefront-team`);
    await page.getByRole('tab', { name: 'Incidents' }).click();
    await page
      .getByRole('region', { name: 'Active incidents on what Storefront owns' })
      .waitFor();
    await chart('Time to recover')
      .locator('.recharts-scatter-symbol')
      .first()
      .waitFor();
    const team = await apiMetrics({
      ownerRef: 'group:default/storefront-team',
    });
    const service = await apiMetrics({ entityRef: SERVICE_REF });
    assert.ok(
      team.count > service.count,
      'the team owns more than one service',
    );
    await screenshot(page, 'team-tab');
  });

  step('the metrics page filters the whole organisation', async () => {
    await page.getByRole('link', { name: 'Incident metrics' }).click();
    await page.getByRole('heading', { name: 'Incident metrics' }).waitFor();
    // The charts are the page here, without the tab's section around them.
    await page
      .getByRole('region', { name: 'Time to detect', exact: true })
      .locator('.recharts-scatter-symbol')
      .first()
      .waitFor();
    const bySeverity = page.getByRole('table', { name: 'By severity' });
    await bySeverity.getByRole('rowheader', { name: 'SEV3 - Minor' }).waitFor();

    await page.getByRole('button', { name: /Severity/ }).click();
    await page.getByRole('option', { name: /SEV1 - Critical/ }).click();
    await page.keyboard.press('Escape');
    await bySeverity
      .getByRole('rowheader', { name: 'SEV3 - Minor' })
      .waitFor({ state: 'detached' });
    assert.deepEqual(
      await bySeverity.getByRole('rowheader').allTextContents(),
      ['SEV1 - Critical'],
    );
    await screenshot(page, 'organisation-sev1');
  });
});
