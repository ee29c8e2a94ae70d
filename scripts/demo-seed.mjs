// `npm run demo:seed`: fills the running demo (npm start) with a year of realistic past
// incidents on the example services, through the public API, so the TTD/TTR charts have
// something to show, a dozen known errors (some in French) linked to the incidents
// they caused, and the postmortems of the latest SEV1 and SEV2 incidents (approved and
// closed, in review, in draft) with action items open, done and overdue. Signs in as
// the demo's guest user, a member of the SRE team who may approve postmortems.
// Re-running it in the same week declares nothing new: every incident carries an
// Idempotency-Key; known errors are looked up by title, and an existing one is only
// linked to the incidents it misses; a postmortem already written is left alone.
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

/**
 * Known errors on the example services, as their teams wrote them, with the titles of
 * the scenarios above they caused (the seeded incidents with these titles are linked).
 */
const KNOWN_ERRORS = [
  {
    title: 'Checkout returns 502 while new pods warm up after a deploy',
    entityRefs: ['component:default/checkout-web'],
    symptoms:
      'For 3 to 5 minutes after each rollout the ingress answers `502 Bad Gateway` on /checkout; the error-rate panel of the checkout dashboard jumps to 15-20 %, worst for large baskets.',
    rootCause:
      'The readiness probe passed before the server-side renderer had loaded its bundles, so new pods got traffic they could not serve yet.',
    workaround:
      'Pause the rollout (`kubectl rollout pause deploy/checkout-web`) and resume once the new pods have been ready for 60 s.',
    permanentFix:
      'The readiness probe now renders the basket page once before reporting ready; deploys use `maxUnavailable: 0`.',
    fixUrl:
      'https://git.northwind.example/storefront/checkout-web/-/merge_requests/1842',
    status: 'fixed',
    causes: [
      'Checkout page returns 502 for some baskets',
      'Checkout down for all customers after deploy',
    ],
  },
  {
    title: 'Pay button spins forever on iOS Safari (payment iframe blocked)',
    entityRefs: ['component:default/checkout-web'],
    symptoms:
      'On iPhone and iPad Safari the "Pay now" button keeps spinning; the console shows `Blocked a frame with origin`; iOS conversion drops while other browsers are fine.',
    rootCause:
      'Intelligent Tracking Prevention blocks the third-party cookie the embedded payment form needs.',
    workaround:
      'Turn on the `checkout.paymentRedirectForSafari` flag: iOS Safari customers pay on the redirect page instead of the iframe.',
    permanentFix:
      'Move the payment form to the first-party domain pay.northwind.example.',
    status: 'fix-in-progress',
    causes: ['Payment step spins forever on mobile Safari'],
  },
  {
    title: 'Les totaux du panier ignorent les remises cumulées',
    entityRefs: ['component:default/cart-service'],
    symptoms:
      'Le total du panier ne déduit pas la deuxième remise quand deux promotions se cumulent ; écart entre le panier et le récapitulatif de commande ; réclamations au service client.',
    rootCause:
      'Le moteur de prix applique les remises dans l’ordre de création et s’arrête à la première.',
    workaround:
      'Désactiver le cumul des promotions dans le back-office marketing le temps de la correction, et rembourser l’écart aux clients qui le signalent.',
    status: 'workaround',
    causes: ['Basket totals ignore discounts'],
  },
  {
    title:
      'Baskets lost after a cart-cache failover: clients stay on the old primary',
    entityRefs: [
      'component:default/cart-service',
      'resource:default/cart-cache',
    ],
    symptoms:
      "After a Redis failover cart-service logs `READONLY You can't write against a read only replica` and `connection pool timeout`; p99 of GET /cart goes above 2 s and customers find their basket empty.",
    rootCause:
      'The Redis client keeps its connections to the old primary and does not follow the Sentinel switch.',
    workaround:
      'Restart the cart-service pods (`kubectl rollout restart deploy/cart-service`) so they reconnect to the new primary.',
    permanentFix:
      'Upgrade the Redis client and enable Sentinel topology refresh.',
    status: 'workaround',
    causes: [
      'Baskets emptied after cache failover',
      'Cart service latency above 2 s',
    ],
  },
  {
    title: 'Stock levels stale: stock-sync consumer stuck on a poison message',
    entityRefs: ['component:default/product-catalog-service'],
    symptoms:
      'Products show as in stock but orders fail with `OUT_OF_STOCK`; consumer lag on the `inventory-updates` topic climbs to hundreds of thousands of messages.',
    rootCause:
      'A malformed inventory message makes the consumer throw, and it retries the same offset forever.',
    workaround:
      'Skip the poison message (`stock-sync skip --topic inventory-updates --partition <p>`) and restart the consumer; the lag drains in about 10 minutes.',
    permanentFix: 'Send unreadable messages to a dead-letter topic.',
    status: 'fix-in-progress',
    causes: ['Stock levels stale for up to an hour'],
  },
  {
    title:
      'Prix erronés sur les fiches produit après l’import du flux tarifaire',
    entityRefs: ['component:default/product-catalog-service'],
    symptoms:
      'Les prix affichés ne correspondent pas au back-office ; l’import nocturne du flux se termine en erreur « CSV delimiter » et une partie des prix garde l’ancienne valeur.',
    rootCause: 'Le fournisseur du flux a changé de séparateur sans prévenir.',
    workaround:
      'Relancer l’import depuis le back-office avec le séparateur forcé à « ; ».',
    permanentFix:
      'L’import détecte le séparateur et refuse un fichier dont plus de 1 % des lignes sont illisibles.',
    status: 'fixed',
    causes: ['Product pages show wrong prices'],
  },
  {
    title:
      'Card authorisations declined (05 Do not honour) after a terminal key rotation',
    entityRefs: ['component:default/payments-gateway'],
    symptoms:
      'Spike of `05 Do not honour` declines from the acquirer; the authorisation success rate falls from 92 % to about 60 % within minutes of a key rotation.',
    rootCause:
      'The acquirer had not activated the new terminal key when we started signing with it.',
    workaround:
      'Roll back to the previous terminal key in the gateway settings, then ask the acquirer to confirm activation before rotating again.',
    status: 'workaround',
    causes: ['Card authorisations declined by the acquirer'],
  },
  {
    title: 'Échec du challenge 3-D Secure chez un émetteur : ACS trop lent',
    entityRefs: ['component:default/payments-gateway'],
    symptoms:
      'Les clients d’une même banque voient « Authentification échouée » au challenge 3-D Secure ; les logs montrent des timeouts de l’ACS de l’émetteur ; le taux de conversion 3DS chute.',
    workaround:
      'Allonger le délai d’attente du challenge à 30 s pour les BIN concernés et prévenir l’émetteur.',
    status: 'investigating',
    causes: ['3-D Secure challenge fails for one issuer'],
  },
  {
    title: 'Fraud model times out at peak; payments fall back to manual review',
    entityRefs: ['component:default/fraud-scoring'],
    symptoms:
      'fraud-scoring p99 above 800 ms; payments-gateway logs `fraud check timeout, falling back to review`; the manual review queue grows and payments stay pending.',
    rootCause:
      'The model server runs on CPU nodes that autoscale too slowly at peak.',
    workaround:
      'Scale fraud-scoring to 12 replicas by hand (`kubectl scale deploy/fraud-scoring --replicas 12`); the review team clears the queue.',
    status: 'workaround',
    causes: ['Fraud model times out, payments fall back to manual review'],
  },
  {
    title: 'Courriels de confirmation retardés : le fournisseur nous limite',
    entityRefs: [
      'component:default/notification-service',
      'component:default/email-sender',
    ],
    symptoms:
      'Les clients reçoivent leur confirmation de commande avec 2 à 6 h de retard ; la file `notifications.email` dépasse 50 000 messages ; le fournisseur répond « 421 Try again later » puis « 550 quota exceeded ».',
    rootCause:
      'Le fournisseur nous limite dès que nous dépassons notre débit de chauffe ou le quota du jour.',
    workaround:
      'Baisser le débit d’envoi à 50 messages par seconde ; si le quota est atteint, basculer sur le compte secondaire (`EMAIL_ACCOUNT=backup`).',
    status: 'workaround',
    causes: [
      'Order confirmation emails delayed by hours',
      'Email provider rejects our messages (quota)',
    ],
  },
  {
    title: 'Payments database failover stalls while the replica replays WAL',
    entityRefs: ['resource:default/payments-db'],
    symptoms:
      'When the primary dies the Patroni failover stalls for up to 20 minutes; clients get `FATAL: the database system is in recovery mode` and payments-gateway and ledger-service answer 500.',
    rootCause:
      'The asynchronous replica lags by gigabytes of WAL and must replay them before it can be promoted.',
    workaround:
      'Promote the synchronous replica by hand: `patronictl failover --candidate pg-payments-2`.',
    permanentFix:
      'Make the candidate replica synchronous and alert on replay lag.',
    status: 'fix-in-progress',
    causes: ['Payments database failover takes 20 minutes'],
  },
  {
    title:
      'Order emails rendered with another customer’s order (shared render cache)',
    entityRefs: ['component:default/notification-service'],
    symptoms:
      'A customer receives the order confirmation of another customer, with their address and items. Security incident: the DPO must be told.',
    rootCause:
      'The template render cache was shared between concurrent requests.',
    workaround: 'Turn the render cache off (`render.cache=false`).',
    permanentFix:
      'The render cache is keyed by order and scoped to one request.',
    fixUrl:
      'https://git.northwind.example/messaging/notification-service/-/merge_requests/977',
    status: 'fixed',
    causes: ['Customers receive other customers’ order emails'],
  },
  {
    title: 'Refunds stuck in pending on the old acquirer connector',
    entityRefs: ['component:default/payments-gateway'],
    symptoms:
      'Refunds stay `PENDING` for more than 24 h; the acquirer answers `409 refund already in progress` to our retries.',
    rootCause:
      'The old connector retried refunds the acquirer had already accepted instead of reading their status.',
    workaround: 'Replay the refunds from the acquirer back-office.',
    status: 'retired',
    causes: ['Refunds stuck in pending'],
  },
];

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

/** A JSON request to the incidents API as the guest; throws with the answer if it fails. */
async function call(token, method, path, body) {
  const response = await fetch(`${backend}/api/incidents${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body && { 'Content-Type': 'application/json' }),
    },
    body: body && JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(
      `${method} ${path} failed: ${response.status} ${await response.text()}`,
    );
  }
  return response.json();
}

/** Every page of a list endpoint. */
async function listAll(token, path, query) {
  const items = [];
  let cursor;
  do {
    const params = new URLSearchParams({
      ...query,
      limit: '100',
      ...(cursor && { cursor }),
    });
    const page = await call(token, 'GET', `${path}?${params}`);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** The seeded incidents a known error caused: same service, same title; newest first. */
async function causedIncidents(token, knownError) {
  const incidents = [];
  for (const title of knownError.causes) {
    const entityRef = Object.keys(SCENARIOS).find(ref =>
      SCENARIOS[ref].some(([scenario]) => scenario === title),
    );
    const found = await listAll(token, '/incidents', { entityRef, q: title });
    incidents.push(...found.filter(incident => incident.title === title));
  }
  return incidents.sort((a, b) =>
    b.impactStartedAt.localeCompare(a.impactStartedAt),
  );
}

/**
 * Records the known errors that are not there yet (by title), linked to the incidents
 * they caused, and links existing ones to the seeded incidents they miss.
 */
async function seedKnownErrors(token) {
  const existing = new Map(
    (await listAll(token, '/known-errors', {})).map(ke => [ke.title, ke]),
  );
  let created = 0;
  let linked = 0;
  for (const { causes, ...knownError } of KNOWN_ERRORS) {
    const incidents = await causedIncidents(token, { causes });
    const recorded = existing.get(knownError.title);
    if (!recorded) {
      await call(token, 'POST', '/known-errors', {
        ...knownError,
        // The API takes 50 at the most: the latest ones.
        incidentRefs: incidents.slice(0, 50).map(incident => incident.number),
      });
      created++;
      continue;
    }
    const details = await call(token, 'GET', `/known-errors/${recorded.id}`);
    const already = new Set(details.incidents.map(incident => incident.id));
    for (const incident of incidents) {
      if (!already.has(incident.id)) {
        await call(
          token,
          'PUT',
          `/incidents/${incident.id}/known-errors/${recorded.id}`,
        );
        linked++;
      }
    }
  }
  return { created, linked };
}

/** What the postmortems of the latest severe incidents say, newest incident first. */
const POSTMORTEMS = [
  {
    status: 'draft',
    sections: {
      trigger: 'A deploy of the service during the evening peak.',
    },
    actionItems: [],
  },
  {
    status: 'in-review',
    sections: {
      detection:
        'The on-call engineer was paged by the error-rate alert 6 minutes after impact started.',
      trigger: 'A configuration change rolled out to every region at once.',
      wentWell: 'The rollback was rehearsed and took 4 minutes.',
      wentWrong:
        'The status page was updated 25 minutes late: nobody held the communications lead role.',
      gotLucky: 'It happened outside the Black Friday freeze.',
    },
    actionItems: [
      {
        title: 'Roll out configuration changes region by region',
        kind: 'prevent',
        priority: 'high',
        dueInDays: 40,
      },
      {
        title: 'Name a communications lead in the first 10 minutes',
        kind: 'process',
        priority: 'medium',
        dueInDays: 20,
        status: 'in-progress',
      },
    ],
  },
  {
    status: 'approved',
    close: true,
    sections: {
      detection:
        'A customer reported it on social media before any alert fired.',
      trigger: 'Traffic from a marketing email doubled the load in 10 minutes.',
      wentWell: 'Scaling out the service mitigated it within 15 minutes.',
      wentWrong:
        'No alert covered the failing path; the dashboards did not show it.',
      gotLucky:
        'The email went out on a weekday morning, with the whole team present.',
    },
    actionItems: [
      {
        title: 'Alert on the error rate of the failing path',
        kind: 'detect',
        priority: 'high',
        dueInDays: -12,
      },
      {
        title: 'Load test before marketing campaigns',
        kind: 'prevent',
        priority: 'medium',
        dueInDays: 25,
      },
      {
        title: 'Autoscale on request rate, not only CPU',
        kind: 'mitigate',
        priority: 'high',
        dueInDays: -30,
        status: 'done',
        doneInDays: -34,
      },
    ],
  },
  {
    status: 'approved',
    close: true,
    sections: {
      detection:
        'The latency alert paged the on-call engineer 3 minutes after impact started.',
      trigger: 'A cache node was replaced during maintenance.',
      wentWell:
        'The runbook for cache failover was accurate and quick to follow.',
      wentWrong:
        'The failover emptied every cached basket, which nobody expected.',
      gotLucky: 'Few customers were checking out at 4 a.m.',
    },
    actionItems: [
      {
        title: 'Persist baskets outside the cache',
        kind: 'prevent',
        priority: 'high',
        dueInDays: -45,
        status: 'done',
        doneInDays: -47,
      },
      {
        title: 'Rehearse cache failover every quarter',
        kind: 'process',
        priority: 'low',
        dueInDays: -20,
        status: 'wont-do',
        reason:
          'The cache is being replaced by the managed service next quarter.',
      },
      {
        title: 'Add the basket count to the failover runbook checks',
        kind: 'detect',
        priority: 'medium',
        dueInDays: -5,
      },
    ],
  },
];

/** A postmortem's written sections for a seeded incident. */
function postmortemSections(incident, sections) {
  const minutes = Math.round(
    (Date.parse(incident.resolvedAt) - Date.parse(incident.impactStartedAt)) /
      MINUTE,
  );
  return {
    summary: `${incident.title}. The ${
      incident.severity
    } incident lasted ${minutes} minutes on ${incident.entityRefs
      .map(ref => ref.split('/')[1])
      .join(', ')}.`,
    impact: `Customers of ${
      incident.entityRefs[0].split('/')[1]
    } could not complete their orders; about ${
      ((minutes * 37) % 5000) + 300
    } sessions were affected.`,
    rootCause:
      'A dependency answered slower than the client timeout, and the retries multiplied the load until the service fell over.',
    resolution:
      'Rolled back the last change, then raised the client timeout and capped retries.',
    evidence:
      '- [Error-rate dashboard](https://grafana.northwind.example/d/checkout)\n- [Deploy log](https://ci.northwind.example/pipelines)',
    ...sections,
  };
}

/**
 * Writes the postmortems of the latest SEV1 and SEV2 incidents that have none yet,
 * with their action items owned by the service's team, and moves them through review;
 * the approved ones' incidents are closed.
 */
async function seedPostmortems(token) {
  const severe = (await listAll(token, '/incidents', {})).filter(
    incident => ['SEV1', 'SEV2'].includes(incident.severity) && !incident.drill,
  );
  const today = Date.now();
  const day = offset =>
    new Date(today + offset * DAY).toISOString().slice(0, 10);
  let written = 0;
  for (const [index, story] of POSTMORTEMS.entries()) {
    const incident = severe[index];
    if (!incident) {
      break;
    }
    const path = `/incidents/${incident.id}/postmortem`;
    const current = await call(token, 'GET', path);
    if (current.updatedAt !== null) {
      continue;
    }
    const ownerRef = incident.ownerRefs[0];
    await call(token, 'PATCH', path, {
      updatedAt: null,
      sections: postmortemSections(incident, story.sections),
    });
    for (const [
      position,
      { dueInDays, status, reason, doneInDays, ...item },
    ] of story.actionItems.entries()) {
      const created = await call(
        token,
        'POST',
        `/incidents/${incident.id}/action-items`,
        {
          ...item,
          ownerRef,
          dueOn: day(dueInDays),
          trackerUrl: `https://tracker.northwind.example/browse/SRE-${
            1200 + index * 10 + position
          }`,
        },
      );
      if (status) {
        await call(token, 'PATCH', `/action-items/${created.id}`, {
          status,
          ...(reason && { reason }),
          // Done back then, before the postmortem recorded it.
          ...(doneInDays !== undefined && { completedOn: day(doneInDays) }),
        });
      }
    }
    for (const status of {
      draft: [],
      'in-review': ['in-review'],
      approved: ['in-review', 'approved'],
    }[story.status]) {
      await call(token, 'POST', `${path}/transitions`, { status });
    }
    if (story.close) {
      await call(token, 'POST', `/incidents/${incident.id}/transitions`, {
        status: 'closed',
      });
    }
    written++;
  }
  return written;
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
  const knownErrors = await seedKnownErrors(token);
  console.log(
    `Recorded ${knownErrors.created} known errors (${
      KNOWN_ERRORS.length - knownErrors.created
    } were there already), linked ${knownErrors.linked} more incident${
      knownErrors.linked === 1 ? '' : 's'
    } to existing ones. Open http://localhost:3000/known-errors`,
  );
  const postmortems = await seedPostmortems(token);
  console.log(
    `Wrote ${postmortems} postmortem${
      postmortems === 1 ? '' : 's'
    } with their action items.`,
  );
}

main().catch(error => {
  console.error(error.message);
  process.exit(1);
});
