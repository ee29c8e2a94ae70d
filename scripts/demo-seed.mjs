// `npm run demo:seed`: fills the running demo (npm start) with a year of realistic past
// incidents on the example services, through the public API, so the TTD/TTR charts have
// something to show. Signs in as the demo's guest user. Re-running it in the same week
// declares nothing new: every incident carries an Idempotency-Key.
//
//   BACKEND_URL=http://localhost:7007 npm run demo:seed

const backend = process.env.BACKEND_URL ?? 'http://localhost:7007';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** What goes wrong, per service, with how bad it usually is. */
const SCENARIOS = {
  'component:default/checkout-web': [
    ['Checkout page returns 502 for some baskets', 'SEV2'],
    ['Payment step spins forever on mobile Safari', 'SEV2'],
    ['Promo codes rejected at checkout', 'SEV3'],
    ['Checkout down for all customers after deploy', 'SEV1'],
  ],
  'component:default/cart-service': [
    ['Basket totals ignore discounts', 'SEV2'],
    ['Cart service latency above 2 s', 'SEV3'],
    ['Baskets emptied after cache failover', 'SEV1'],
  ],
  'component:default/product-catalog-service': [
    ['Stock levels stale for up to an hour', 'SEV3'],
    ['Product pages show wrong prices', 'SEV2'],
  ],
  'component:default/payments-gateway': [
    ['Card authorisations declined by the acquirer', 'SEV1'],
    ['3-D Secure challenge fails for one issuer', 'SEV2'],
    ['Refunds stuck in pending', 'SEV3'],
  ],
  'component:default/fraud-scoring': [
    ['Fraud model times out, payments fall back to manual review', 'SEV2'],
    ['False positives block returning customers', 'SEV3'],
  ],
  'component:default/ledger-service': [
    ['Ledger entries duplicated for split payments', 'SEV2'],
  ],
  'component:default/notification-service': [
    ['Order confirmation emails delayed by hours', 'SEV3'],
    ['SMS shipping updates not sent', 'SEV3'],
    ['Customers receive other customers’ order emails', 'SEV1'],
  ],
  'component:default/email-sender': [
    ['Email provider rejects our messages (quota)', 'SEV2'],
  ],
  'resource:default/payments-db': [
    ['Payments database failover takes 20 minutes', 'SEV1'],
  ],
};

/** A seeded generator: the same week gives the same incidents. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

async function signIn() {
  const response = await fetch(
    `${backend}/api/auth/guest/refresh?env=development`,
    { headers: { 'X-Requested-With': 'XMLHttpRequest' } },
  );
  if (!response.ok) {
    throw new Error(
      `Could not sign in as guest at ${backend} (${response.status}); is the demo running (npm start)?`,
    );
  }
  return (await response.json()).backstageIdentity.token;
}

function plan(anchor) {
  const rand = random(anchor / DAY);
  const entries = Object.entries(SCENARIOS);
  const incidents = [];
  // About two incidents a week over the past year; SEV1s are rarer.
  for (let start = anchor - 365 * DAY; start < anchor - 2 * DAY; ) {
    start += Math.floor(rand() * 6 * DAY) + 6 * HOUR;
    const [entityRef, scenarios] =
      entries[Math.floor(rand() ** 1.4 * entries.length)];
    const [title, severity] = scenarios[Math.floor(rand() * scenarios.length)];
    if (severity === 'SEV1' && rand() < 0.6) {
      continue;
    }
    // Teams got faster at detecting over the year: TTD shrinks towards the present.
    const progress = (start - (anchor - 365 * DAY)) / (365 * DAY);
    const ttd = Math.floor((2 + rand() ** 2 * 90 * (1.3 - progress)) * MINUTE);
    const ttr =
      ttd +
      Math.floor(
        (severity === 'SEV1' ? 30 : 15) * MINUTE +
          rand() ** 2 * (severity === 'SEV3' ? 20 : 6) * HOUR,
      );
    // Mitigation (a rollback, a failover) usually comes well before the full fix.
    const ttm = ttd + Math.floor((ttr - ttd) * (0.2 + 0.6 * rand()));
    const impactStartedAt = new Date(start);
    incidents.push({
      title,
      severity,
      entityRefs: [entityRef],
      mode: 'retrospective',
      drill: rand() < 0.04,
      security: title.includes('other customers'),
      description: `Recorded by the demo seed. ${title}.`,
      impactStartedAt: impactStartedAt.toISOString(),
      // Now and then nobody wrote down when it was noticed.
      ...(rand() < 0.08
        ? {}
        : { detectedAt: new Date(start + ttd).toISOString() }),
      mitigatedAt: new Date(start + ttm).toISOString(),
      resolvedAt: new Date(start + ttr).toISOString(),
    });
  }
  return incidents;
}

async function main() {
  const token = await signIn();
  // Anchor on the start of this week so a re-run this week replays the same requests.
  const now = Date.now();
  const anchor = now - (now % (7 * DAY));
  const incidents = plan(anchor);
  let created = 0;
  for (const [index, incident] of incidents.entries()) {
    const response = await fetch(`${backend}/api/incidents/incidents`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        'Idempotency-Key': `demo-seed-${anchor}-${index}`,
      },
      body: JSON.stringify(incident),
    });
    if (!response.ok) {
      throw new Error(
        `Declaring "${incident.title}" failed: ${
          response.status
        } ${await response.text()}`,
      );
    }
    created++;
  }
  console.log(
    `Recorded ${created} past incidents on ${
      Object.keys(SCENARIOS).length
    } services. Open http://localhost:3000/incidents`,
  );
}

main().catch(error => {
  console.error(error.message);
  process.exit(1);
});
