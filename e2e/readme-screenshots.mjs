// Takes the README's screenshots (docs/screenshots/) from a running demo app with an
// empty database: declares a few incidents through the API, works one of them, then
// photographs the checkout-web Incidents tab and that incident's page (its first screen
// at 1280x720); then records a year of past incidents and the demo's known errors
// (scripts/demo-seed.mjs) and photographs the incidents list (1280x720 and a phone), the
// TTD/TTR charts on the same tab, the organisation's metrics page, the
// known-errors page and the suggestions while declaring on checkout-web; then an
// approved postmortem and its owner team's action items.
//
//   npm start   # on a fresh .data folder, or npm run test:e2e's kind of temporary one
//   node e2e/readme-screenshots.mjs
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const APP_URL = 'http://localhost:3000';
const API = 'http://localhost:7007/api/incidents';
const OUTPUT = join(import.meta.dirname, '..', 'docs', 'screenshots');
const MINUTE = 60 * 1000;
const ago = minutes => new Date(Date.now() - minutes * MINUTE).toISOString();

async function guestToken() {
  const response = await fetch(
    'http://localhost:7007/api/auth/guest/refresh?env=development',
    { headers: { 'X-Requested-With': 'XMLHttpRequest' } },
  );
  return (await response.json()).backstageIdentity.token;
}

const token = await guestToken();
async function call(method, path, body) {
  const response = await fetch(`${API}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
    },
    body: body && JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`${method} ${path}: ${await response.text()}`);
  }
  return response.json();
}

// History first: a past incident recorded after the fact, and one resolved last week.
await call('POST', '/incidents', {
  title: 'Promo codes rejected at checkout',
  severity: 'SEV3',
  mode: 'retrospective',
  entityRefs: ['component:default/checkout-web'],
  impactStartedAt: ago(60 * 24 * 12),
  detectedAt: ago(60 * 24 * 12 - 40),
  resolvedAt: ago(60 * 24 * 12 - 180),
});
await call('POST', '/incidents', {
  title: 'Payment step spins forever on mobile Safari',
  severity: 'SEV2',
  mode: 'retrospective',
  entityRefs: [
    'component:default/checkout-web',
    'component:default/payments-gateway',
  ],
  impactStartedAt: ago(60 * 24 * 6),
  detectedAt: ago(60 * 24 * 6 - 25),
  resolvedAt: ago(60 * 24 * 6 - 140),
});

// Just declared, by someone who did not know the severity yet.
await call('POST', '/incidents', {
  title: 'Order confirmation emails are delayed',
  entityRefs: ['component:default/checkout-web'],
  impactStartedAt: ago(12),
});

// The live one.
const live = await call('POST', '/incidents', {
  title: 'Checkout returns 502 for card payments',
  severity: 'SEV1',
  entityRefs: [
    'component:default/checkout-web',
    'component:default/payments-gateway',
  ],
  description:
    'About a third of card payments fail with **502 Bad Gateway** since the 14:05 deploy of payments-gateway. PayPal works.',
  impactStartedAt: ago(52),
  detectedAt: ago(41),
});
await call('POST', `/incidents/${live.id}/timeline`, {
  kind: 'action',
  body: 'Paged the payments on-call (Priya)',
});
await call('PUT', `/incidents/${live.id}/roles/communications-lead`, {
  userRef: 'user:default/amelie.tremblay',
  note: 'Status page and #announcements are yours; next update at :30.',
});
await call('POST', `/incidents/${live.id}/timeline`, {
  kind: 'decision',
  body: 'Roll back payments-gateway to **v2.14.3** rather than hot-fix',
});
await call('POST', `/incidents/${live.id}/timeline`, {
  kind: 'status-update',
  body: [
    '**SEV1 – Checkout returns 502 for card payments**',
    'About a third of card payments fail; PayPal works. Roughly 1,200 customers affected so far.',
    '**Current status**\n\n- Rollback of payments-gateway in progress\n- Root cause currently unknown',
    '**Next steps**\n\n- Confirm error rate drops after rollback\n- Keep the deploy frozen',
    '**Next update:** 15:30 in #incident-checkout',
  ].join('\n\n'),
});
await call('POST', `/incidents/${live.id}/transitions`, {
  status: 'mitigated',
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 1100 } });
page.setDefaultTimeout(30_000);
await page.goto(`${APP_URL}/catalog`);
await page.getByRole('button', { name: 'Enter' }).click();
await page
  .getByRole('heading', { name: /catalog/i })
  .first()
  .waitFor();

await page.goto(`${APP_URL}/catalog/default/component/checkout-web/incidents`);
await page
  .getByRole('region', { name: 'Past incidents' })
  .getByText('Resolved')
  .first()
  .waitFor();
await page.waitForTimeout(1500);
await page.screenshot({ path: join(OUTPUT, 'incidents-tab.png') });

// What a responder sees first, on a laptop screen.
await page.setViewportSize({ width: 1280, height: 720 });
await page.goto(`${APP_URL}/incidents/${live.number}`);
await page
  .getByRole('list', { name: 'Timeline' })
  .getByText('Roll back')
  .waitFor();
await page.waitForTimeout(1500);
await page.screenshot({ path: join(OUTPUT, 'incident-page.png') });
await page.setViewportSize({ width: 1440, height: 1100 });

// The charts need history: a year of past incidents, as `npm run demo:seed` records.
execFileSync(
  process.execPath,
  [join(import.meta.dirname, '..', 'scripts', 'demo-seed.mjs')],
  {
    stdio: 'inherit',
    env: { ...process.env, BACKEND_URL: 'http://localhost:7007' },
  },
);
// Tall enough for the whole tab: Backstage scrolls inside the page.
await page.setViewportSize({ width: 1440, height: 3000 });
await page.goto(`${APP_URL}/catalog/default/component/checkout-web/incidents`);
const metrics = page.getByRole('region', {
  name: 'Time to detect and time to recover',
});
await metrics
  .getByRole('region', { name: 'Time to detect', exact: true })
  .locator('.recharts-scatter-symbol')
  .first()
  .waitFor();
await page.waitForTimeout(1500);
await metrics.screenshot({ path: join(OUTPUT, 'incident-metrics.png') });

await page.setViewportSize({ width: 1280, height: 720 });
await page.goto(`${APP_URL}/incidents`);
await page.getByRole('link', { name: live.number }).waitFor();
await page.waitForTimeout(1500);
await page.screenshot({ path: join(OUTPUT, 'incidents-list.png') });
await page.setViewportSize({ width: 390, height: 844 });
await page.waitForTimeout(1500);
await page.screenshot({ path: join(OUTPUT, 'incidents-list-phone.png') });

await page.setViewportSize({ width: 1440, height: 1100 });
await page.goto(`${APP_URL}/incidents/metrics`);
await page
  .getByRole('region', { name: 'Time to recover', exact: true })
  .locator('.recharts-scatter-symbol')
  .first()
  .waitFor();
await page.waitForTimeout(1500);
await page.screenshot({ path: join(OUTPUT, 'metrics-page.png') });

await page.goto(`${APP_URL}/known-errors`);
await page
  .getByRole('link', { name: /^KE-\d+$/ })
  .first()
  .waitFor();
await page.waitForTimeout(1500);
await page.screenshot({ path: join(OUTPUT, 'known-errors-page.png') });

await page.goto(`${APP_URL}/catalog/default/component/checkout-web/incidents`);
await page.getByRole('button', { name: 'Declare incident' }).click();
const dialog = page.getByRole('dialog', { name: 'Declare an incident' });
await dialog
  .getByLabel('What is wrong?')
  .fill('Checkout answers 502 Bad Gateway since the deploy');
const suggestions = dialog.getByRole('region', {
  name: 'Known errors that may explain this',
});
await suggestions
  .getByRole('button', { name: 'Show the workaround' })
  .first()
  .click();
await page.waitForTimeout(1500);
await dialog.screenshot({ path: join(OUTPUT, 'declare-known-errors.png') });

// The seed approved the postmortems of recent severe incidents: the newest one, and the
// action items of the team that owns its service.
const { items: recent } = await call('GET', '/incidents?limit=50');
let approved;
for (const incident of recent) {
  if (
    (await call('GET', `/incidents/${incident.id}/postmortem`)).status ===
    'approved'
  ) {
    approved = incident;
    break;
  }
}
await page.goto(`${APP_URL}/incidents/${approved.number}/postmortem`);
await page.getByText('This is a blameless postmortem').waitFor();
await page
  .getByText('All changes saved')
  .or(page.getByText('Approved', { exact: true }))
  .first()
  .waitFor();
await page.waitForTimeout(1500);
await page.screenshot({ path: join(OUTPUT, 'postmortem-page.png') });

const team = approved.ownerRefs[0].split('/')[1];
await page.goto(`${APP_URL}/catalog/default/group/${team}/action-items`);
await page.getByText('Overdue').first().waitFor();
await page.waitForTimeout(1500);
await page.screenshot({ path: join(OUTPUT, 'team-action-items.png') });

await browser.close();
console.log(`screenshots in ${OUTPUT}`);
