import { Entity } from '@backstage/catalog-model';
import { KnownErrorStatus } from '@incident-response/backstage-plugin-incidents-common';

/**
 * A labelled relevance set for the known-error database: a catalog of four systems,
 * known errors recorded on its services as SREs write them (a third in French, with
 * near misses), and incident descriptions as responders type them while declaring,
 * each labelled with the known error it should find. See knownErrors/relevance.test.ts.
 */

type Kind = 'component' | 'resource' | 'api' | 'system';

/** An entity as its YAML says it; relations are computed both ways below. */
type Node = {
  kind: Kind;
  name: string;
  owner: string;
  system?: string;
  dependsOn?: string[];
  providesApis?: string[];
  consumesApis?: string[];
};

const NODES: Node[] = [
  // Storefront
  { kind: 'system', name: 'storefront', owner: 'storefront-team' },
  {
    kind: 'component',
    name: 'checkout-web',
    owner: 'storefront-team',
    system: 'storefront',
    dependsOn: ['component:cart-service', 'component:product-catalog-service'],
    consumesApis: ['payments-api', 'identity-api'],
  },
  {
    kind: 'component',
    name: 'cart-service',
    owner: 'storefront-team',
    system: 'storefront',
    dependsOn: ['resource:cart-cache', 'component:product-catalog-service'],
  },
  {
    kind: 'component',
    name: 'product-catalog-service',
    owner: 'storefront-team',
    system: 'storefront',
  },
  {
    kind: 'component',
    name: 'search-service',
    owner: 'storefront-team',
    system: 'storefront',
  },
  {
    kind: 'resource',
    name: 'cart-cache',
    owner: 'storefront-team',
    system: 'storefront',
  },
  // Payments
  { kind: 'system', name: 'payments', owner: 'payments-team' },
  {
    kind: 'component',
    name: 'payments-gateway',
    owner: 'payments-team',
    system: 'payments',
    providesApis: ['payments-api'],
    dependsOn: [
      'component:fraud-scoring',
      'component:ledger-service',
      'resource:payments-db',
    ],
  },
  {
    kind: 'component',
    name: 'fraud-scoring',
    owner: 'payments-team',
    system: 'payments',
  },
  {
    kind: 'component',
    name: 'ledger-service',
    owner: 'payments-team',
    system: 'payments',
    dependsOn: ['resource:payments-db'],
  },
  {
    kind: 'component',
    name: 'refund-worker',
    owner: 'payments-team',
    system: 'payments',
    dependsOn: ['resource:payments-db'],
    consumesApis: ['payments-api'],
  },
  {
    kind: 'resource',
    name: 'payments-db',
    owner: 'payments-team',
    system: 'payments',
  },
  {
    kind: 'api',
    name: 'payments-api',
    owner: 'payments-team',
    system: 'payments',
  },
  // Messaging
  { kind: 'system', name: 'messaging', owner: 'messaging-team' },
  {
    kind: 'component',
    name: 'notification-service',
    owner: 'messaging-team',
    system: 'messaging',
    providesApis: ['notifications-api'],
    dependsOn: ['component:email-sender', 'component:sms-gateway'],
  },
  {
    kind: 'component',
    name: 'email-sender',
    owner: 'messaging-team',
    system: 'messaging',
  },
  {
    kind: 'component',
    name: 'sms-gateway',
    owner: 'messaging-team',
    system: 'messaging',
  },
  {
    kind: 'api',
    name: 'notifications-api',
    owner: 'messaging-team',
    system: 'messaging',
  },
  // Identity
  { kind: 'system', name: 'identity', owner: 'identity-team' },
  {
    kind: 'component',
    name: 'auth-service',
    owner: 'identity-team',
    system: 'identity',
    providesApis: ['identity-api'],
    dependsOn: ['resource:session-store', 'component:user-directory'],
  },
  {
    kind: 'component',
    name: 'user-directory',
    owner: 'identity-team',
    system: 'identity',
  },
  {
    kind: 'component',
    name: 'account-web',
    owner: 'identity-team',
    system: 'identity',
    dependsOn: ['component:auth-service'],
    consumesApis: ['identity-api'],
  },
  {
    kind: 'resource',
    name: 'session-store',
    owner: 'identity-team',
    system: 'identity',
  },
  {
    kind: 'api',
    name: 'identity-api',
    owner: 'identity-team',
    system: 'identity',
  },
];

const KIND_NAMES: Record<Kind, string> = {
  component: 'Component',
  resource: 'Resource',
  api: 'API',
  system: 'System',
};

/** `component:cart-service` or a bare name of `kind`, as a full entity ref. */
const fullRef = (ref: string, kind: Kind = 'component') =>
  ref.includes(':') ? ref.replace(':', ':default/') : `${kind}:default/${ref}`;

/**
 * The catalog as it stores the entities once processed: every relation on both ends
 * (`dependsOn`/`dependencyOf`, `providesApi`/`apiProvidedBy`,
 * `consumesApi`/`apiConsumedBy`, `partOf`/`hasPart`, `ownedBy`/`ownerOf`).
 */
function buildCatalog(): Entity[] {
  const relations = new Map<
    string,
    Array<{ type: string; targetRef: string }>
  >();
  const relate = (from: string, type: string, to: string) =>
    relations.set(from, [
      ...(relations.get(from) ?? []),
      { type, targetRef: to },
    ]);
  for (const node of NODES) {
    const ref = fullRef(node.name, node.kind);
    const owner = `group:default/${node.owner}`;
    relate(ref, 'ownedBy', owner);
    relate(owner, 'ownerOf', ref);
    if (node.system) {
      const system = fullRef(node.system, 'system');
      relate(ref, 'partOf', system);
      relate(system, 'hasPart', ref);
    }
    for (const target of node.dependsOn ?? []) {
      relate(ref, 'dependsOn', fullRef(target));
      relate(fullRef(target), 'dependencyOf', ref);
    }
    for (const api of node.providesApis ?? []) {
      relate(ref, 'providesApi', fullRef(api, 'api'));
      relate(fullRef(api, 'api'), 'apiProvidedBy', ref);
    }
    for (const api of node.consumesApis ?? []) {
      relate(ref, 'consumesApi', fullRef(api, 'api'));
      relate(fullRef(api, 'api'), 'apiConsumedBy', ref);
    }
  }
  const entities: Entity[] = NODES.map(node => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: KIND_NAMES[node.kind],
    metadata: { name: node.name, namespace: 'default' },
    spec: {
      owner: node.owner,
      ...(node.system && { system: node.system }),
      ...(node.kind === 'component' && {
        type: 'service',
        lifecycle: 'production',
      }),
      ...(node.kind === 'resource' && {
        type: node.name.endsWith('-db') ? 'database' : 'cache',
      }),
      ...(node.kind === 'api' && {
        type: 'openapi',
        lifecycle: 'production',
        definition: '{}',
      }),
    },
    relations: relations.get(fullRef(node.name, node.kind)) ?? [],
  }));
  const teams = [...new Set(NODES.map(node => node.owner))];
  return [
    ...entities,
    ...teams.map(
      (team): Entity => ({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: { name: team, namespace: 'default' },
        spec: { type: 'team', children: [] },
        relations: relations.get(`group:default/${team}`) ?? [],
      }),
    ),
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: { name: 'guest', namespace: 'default' },
      spec: {
        profile: { email: 'guest@northwind.example' },
        memberOf: ['sre-team'],
      },
    },
  ];
}

/** Storefront, payments, messaging and identity: 4 systems, 13 components and resources, 3 APIs. */
export const relevanceCatalogEntities: Entity[] = buildCatalog();

/** A known error of the set, by a key the labels use. */
export type LabelledKnownError = {
  key: string;
  entityRefs: string[];
  title: string;
  symptoms: string;
  rootCause?: string;
  workaround?: string;
  status: KnownErrorStatus;
};

const c = (name: string) => `component:default/${name}`;
const r = (name: string) => `resource:default/${name}`;

/**
 * 33 known errors, 12 in French. Near misses on purpose: the same words on another
 * service (timeouts, 429s, duplicates, emails), the same service with another symptom
 * (checkout-web, payments-gateway, payments-db, notification-service), two retired ones
 * that would match (payments timing out on the old HSM, logins failing on clock drift),
 * known errors that affect only a dependency (cart-cache, session-store, email-sender,
 * user-directory, payments-api) and one that affects a whole system (messaging).
 */
export const relevanceKnownErrors: LabelledKnownError[] = [
  // Storefront
  {
    key: 'checkout-502-rollout',
    entityRefs: [c('checkout-web')],
    title: 'Checkout returns 502 Bad Gateway during rollouts',
    symptoms:
      'For 3 to 5 minutes after each deploy the ingress answers 502 Bad Gateway on /checkout; the error-rate panel of the checkout dashboard jumps to 15-20 %, then falls back on its own.',
    rootCause:
      'The readiness probe passes before the server-side renderer has loaded its bundles, so new pods get traffic they cannot serve.',
    workaround:
      'Pause the rollout (`kubectl rollout pause deploy/checkout-web`) and resume once the new pods show ready for 60 s. Deploy with `maxUnavailable: 0`.',
    status: 'workaround',
  },
  {
    key: 'checkout-safari-spinner',
    entityRefs: [c('checkout-web')],
    title: 'Pay button spins forever on iOS Safari',
    symptoms:
      'On iPhone and iPad Safari the "Pay now" button keeps spinning; the browser console shows "Blocked a frame with origin" and the payment iframe never loads. Conversion on iOS drops, other browsers are fine.',
    rootCause:
      'Intelligent Tracking Prevention blocks the third-party cookie the payment iframe needs.',
    workaround:
      'Switch the payment form to the redirect flow for iOS Safari with the `checkout.paymentRedirectForSafari` flag.',
    status: 'fix-in-progress',
  },
  {
    key: 'checkout-promo-codes',
    entityRefs: [c('checkout-web')],
    title: 'Codes promo refusés au paiement : « code invalide »',
    symptoms:
      'Les clients voient « Ce code promo n’est pas valide » pour des codes actifs ; les logs de checkout-web montrent PROMO_NOT_FOUND ; les tickets au support client augmentent le jour des opérations commerciales.',
    rootCause:
      'Le cache des promotions n’est pas invalidé quand le marketing publie une campagne.',
    workaround:
      'Purger le cache des promotions : `POST /admin/promotions/refresh` sur checkout-web.',
    status: 'workaround',
  },
  {
    key: 'cart-redis-failover',
    entityRefs: [c('cart-service')],
    title: 'Cart API times out after a Redis failover',
    symptoms:
      'After cart-cache fails over, cart-service logs "redis: connection pool timeout" and "READONLY You can\'t write against a read only replica"; p99 of GET /cart goes above 2 s.',
    rootCause:
      'The Redis client keeps its connections to the old primary and does not follow the Sentinel switch.',
    workaround:
      'Restart the cart-service pods (`kubectl rollout restart deploy/cart-service`) so they reconnect to the new primary.',
    status: 'workaround',
  },
  {
    key: 'cart-discounts',
    entityRefs: [c('cart-service')],
    title: 'Les totaux du panier ignorent les remises cumulées',
    symptoms:
      'Le total du panier ne déduit pas la deuxième remise quand deux promotions se cumulent ; écart entre le panier et le récapitulatif de commande ; réclamations au service client.',
    rootCause:
      'Le moteur de prix applique les remises dans l’ordre de création et s’arrête à la première.',
    workaround:
      'Désactiver le cumul dans le back-office marketing le temps de la correction.',
    status: 'fix-in-progress',
  },
  {
    key: 'cart-cache-evictions',
    entityRefs: [r('cart-cache')],
    title: 'Cart cache evicts baskets when its memory is full',
    symptoms:
      'Customers find their basket empty a few minutes after adding items; Redis used_memory sits at maxmemory and evicted_keys climbs on the cache dashboard.',
    rootCause:
      'maxmemory-policy is allkeys-lru and abandoned baskets never expire, so live baskets get evicted.',
    workaround:
      'Raise maxmemory on the cluster and set a 7-day TTL on abandoned baskets.',
    status: 'workaround',
  },
  {
    key: 'catalog-stale-stock',
    entityRefs: [c('product-catalog-service')],
    title: 'Stock levels stale for up to an hour',
    symptoms:
      'Products show as in stock but orders fail with OUT_OF_STOCK; consumer lag on the Kafka topic inventory-updates grows to hundreds of thousands of messages.',
    rootCause:
      'The stock-sync consumer stalls on a poison message and retries forever.',
    workaround:
      'Skip the poison message and restart the stock-sync consumer; the lag drains in about 10 minutes.',
    status: 'fix-in-progress',
  },
  {
    key: 'catalog-prices',
    entityRefs: [c('product-catalog-service')],
    title: 'Prix erronés sur les fiches produit après l’import tarifaire',
    symptoms:
      'Les prix affichés sur le site ne correspondent pas au back-office ; l’import nocturne du flux tarifaire se termine en erreur « CSV delimiter » et une partie des prix reste à l’ancienne valeur.',
    rootCause: 'Le fournisseur du flux a changé de séparateur sans prévenir.',
    workaround:
      'Relancer l’import avec le séparateur forcé à « ; » depuis le back-office.',
    status: 'fixed',
  },
  {
    key: 'search-circuit-breaker',
    entityRefs: [c('search-service')],
    title: 'Search results time out under load',
    symptoms:
      'The search results page comes back empty; Elasticsearch answers circuit_breaking_exception and search p95 rises above 3 s during sales.',
    rootCause:
      'Aggregations on the facets load the whole fielddata into the heap.',
    workaround:
      'Turn off the facet aggregations with the `search.facets` flag until traffic goes down.',
    status: 'workaround',
  },
  // Payments
  {
    key: 'gateway-acquirer-declines',
    entityRefs: [c('payments-gateway')],
    title: 'Card authorisations declined by the acquirer with code 05',
    symptoms:
      'Spike of "05 Do not honour" declines from the acquirer; the authorisation success rate drops from 92 % to about 60 % within minutes of a terminal key rotation.',
    rootCause:
      'The acquirer had not activated the new terminal key when we started using it.',
    workaround:
      'Roll back to the previous terminal key in the gateway settings and ask the acquirer to confirm activation.',
    status: 'workaround',
  },
  {
    key: 'gateway-3ds-issuer',
    entityRefs: [c('payments-gateway')],
    title: 'Échec du challenge 3-D Secure pour une banque émettrice',
    symptoms:
      'Les clients d’une même banque voient « Authentification échouée » au challenge 3-D Secure ; les logs montrent des timeouts de l’ACS de l’émetteur ; le taux de conversion 3DS chute.',
    rootCause: 'L’ACS de l’émetteur répond en plus de 10 s pendant ses pics.',
    workaround:
      'Allonger le délai d’attente du challenge à 30 s pour le BIN concerné et prévenir l’émetteur.',
    status: 'investigating',
  },
  {
    key: 'gateway-tls-certificate',
    entityRefs: [c('payments-gateway')],
    title: 'Acquirer TLS certificate expired: handshake failures',
    symptoms:
      'Every authorisation fails with javax.net.ssl.SSLHandshakeException: PKIX path validation failed: certificate expired; the gateway returns 503 to all callers.',
    rootCause:
      'The acquirer rotated its intermediate certificate and our trust store was not updated.',
    workaround:
      'Import the new intermediate certificate into the gateway trust store and restart the pods.',
    status: 'fixed',
  },
  {
    key: 'gateway-double-capture',
    entityRefs: [c('payments-gateway')],
    title: 'Double capture of payments after a gateway retry',
    symptoms:
      'Customers are charged twice; the acquirer shows two captures for one payment after a capture timed out and was retried.',
    rootCause: 'Captures are retried without an idempotency key.',
    workaround: 'Refund the duplicate capture from the acquirer back-office.',
    status: 'fix-in-progress',
  },
  {
    key: 'gateway-hsm-timeouts',
    entityRefs: [c('payments-gateway')],
    title: 'Payments time out when the old HSM cluster is slow',
    symptoms:
      'Authorisations time out after 30 s; the gateway logs "HSM sign timeout"; the payment success rate drops during the HSM nightly backup.',
    rootCause: 'The old HSM cluster paused during its backups.',
    workaround: 'Route signing to the secondary HSM.',
    status: 'retired',
  },
  {
    key: 'fraud-model-timeout',
    entityRefs: [c('fraud-scoring')],
    title: 'Fraud model times out, payments fall back to manual review',
    symptoms:
      'fraud-scoring p99 above 800 ms; payments-gateway logs "fraud check timeout, falling back to review"; the manual review queue grows and payments stay pending.',
    rootCause:
      'The model server runs on CPU nodes that autoscale too slowly at peak.',
    workaround:
      'Scale fraud-scoring to 12 replicas by hand; the review team clears the queue.',
    status: 'workaround',
  },
  {
    key: 'fraud-false-positives',
    entityRefs: [c('fraud-scoring')],
    title: 'Faux positifs : clients fidèles bloqués par le score de fraude',
    symptoms:
      'Des clients récurrents sont refusés avec « paiement refusé pour suspicion de fraude » ; le score dépasse 0,9 pour des comptes anciens depuis le réentraînement du modèle.',
    rootCause:
      'Le nouveau modèle pénalise les changements d’adresse de livraison.',
    workaround:
      'Revenir à la version précédente du modèle (`fraud-model:v41`) et rejouer les paiements refusés.',
    status: 'workaround',
  },
  {
    key: 'ledger-duplicates',
    entityRefs: [c('ledger-service')],
    title: 'Ledger entries duplicated for split payments',
    symptoms:
      'The daily reconciliation report shows duplicate DEBIT entries with the same payment_id for payments split across two cards; the balance check fails.',
    rootCause:
      'The split-payment event is consumed twice after a consumer rebalance.',
    workaround:
      'Run the dedup script `ledger-dedup --date <day>` before the reconciliation.',
    status: 'workaround',
  },
  {
    key: 'refunds-pending',
    entityRefs: [c('refund-worker')],
    title: 'Remboursements bloqués en attente',
    symptoms:
      'Les remboursements restent au statut PENDING plus de 24 h ; la file refunds-retry grossit ; l’acquéreur répond 409 « refund already in progress ».',
    rootCause:
      'Le worker réessaie un remboursement dont l’acquéreur a déjà accusé réception, au lieu de lire son statut.',
    workaround:
      'Vider la file refunds-retry et relancer `refund-worker reconcile --since 2d`.',
    status: 'fix-in-progress',
  },
  {
    key: 'payments-db-failover',
    entityRefs: [r('payments-db')],
    title: 'Payments database failover takes 20 minutes',
    symptoms:
      'When the primary dies the Patroni failover stalls; clients get "FATAL: the database system is in recovery mode" and payments-gateway and ledger-service answer 500 until it completes.',
    rootCause:
      'The replica must replay a large WAL backlog before it can be promoted.',
    workaround:
      'Promote the synchronous replica by hand with `patronictl failover --candidate pg-2`.',
    status: 'fix-in-progress',
  },
  {
    key: 'payments-db-connections',
    entityRefs: [r('payments-db')],
    title: 'Saturation des connexions à la base paiements',
    symptoms:
      'Erreurs « FATAL: remaining connection slots are reserved for non-replication superuser connections » ; pgbouncer met les clients en file d’attente ; le délai de réponse du gateway dépasse 5 s.',
    rootCause:
      'Le pool de chaque pod du ledger est dimensionné pour 50 connexions et l’autoscaling multiplie les pods.',
    workaround:
      'Réduire `pool.max` à 10 sur ledger-service et redémarrer les pods un par un.',
    status: 'workaround',
  },
  {
    key: 'payments-api-rate-limit',
    entityRefs: ['api:default/payments-api'],
    title: 'Payments API answers 429 Too Many Requests under sale traffic',
    symptoms:
      'POST /payments returns HTTP 429 Too Many Requests during flash sales; the checkout tells customers "your payment could not be processed, please try again".',
    rootCause:
      'The API gateway quota per client is still the one set before the sales season.',
    workaround:
      'Raise the checkout client quota to 400 requests per second in the API gateway.',
    status: 'workaround',
  },
  // Messaging
  {
    key: 'emails-delayed',
    entityRefs: [c('notification-service')],
    title: 'Order confirmation emails delayed by hours',
    symptoms:
      'Customers receive their order confirmation email 2 to 6 hours late; the notifications.email queue backlog passes 50k; the provider answers "421 Try again later".',
    rootCause:
      'The provider throttles us when we send faster than our warm-up allowance.',
    workaround:
      'Lower the send rate to 50 messages per second; the backlog drains within the hour.',
    status: 'workaround',
  },
  {
    key: 'email-quota',
    entityRefs: [c('email-sender')],
    title: 'Courriel rejeté par le fournisseur : quota d’envoi dépassé',
    symptoms:
      'Le fournisseur répond « 550 5.7.1 Daily sending quota exceeded » ; aucun courriel de confirmation ne part ; le compteur d’envois du jour est bloqué à la limite.',
    rootCause: 'Le quota du compte n’a pas suivi la croissance du trafic.',
    workaround:
      'Basculer l’envoi sur le compte secondaire (`EMAIL_ACCOUNT=backup`) et demander une hausse du quota.',
    status: 'workaround',
  },
  {
    key: 'email-templates',
    entityRefs: [c('email-sender')],
    title: 'Gabarits de courriel cassés : variables non remplacées',
    symptoms:
      'Les clients reçoivent « Bonjour {{firstName}} » et des liens vides dans les courriels de commande après une mise à jour des gabarits.',
    rootCause:
      'Les gabarits publiés utilisent une variable renommée dans le contexte de rendu.',
    workaround:
      'Republier la version précédente des gabarits depuis l’outil de gestion.',
    status: 'fixed',
  },
  {
    key: 'sms-credentials',
    entityRefs: [c('sms-gateway')],
    title: 'Shipping SMS not sent: provider credentials expired',
    symptoms:
      'sms-gateway logs "HTTP 401 Authentication failed" from the SMS provider; the delivery rate of shipping updates falls to 0 %.',
    rootCause:
      'The provider API key expires every 90 days and nobody is reminded.',
    workaround:
      'Create a new API key in the provider console and update the secret.',
    status: 'workaround',
  },
  {
    key: 'wrong-recipient',
    entityRefs: [c('notification-service')],
    title: 'Des clients reçoivent les courriels de commande d’autres clients',
    symptoms:
      'Un client reçoit la confirmation de commande d’un autre client, avec son adresse et ses articles ; le rendu utilise le contexte d’une autre commande.',
    rootCause: 'Le cache de rendu est partagé entre les requêtes concurrentes.',
    workaround:
      'Désactiver le cache de rendu (`render.cache=false`) ; prévenir le DPO.',
    status: 'fixed',
  },
  {
    key: 'messaging-spam',
    entityRefs: ['system:default/messaging'],
    title: 'Our emails land in spam after a DNS change (SPF and DKIM fail)',
    symptoms:
      'Gmail and Outlook put order and shipping emails in spam; DMARC aggregate reports show DKIM and SPF failures; the open rate halves.',
    rootCause: 'A DNS clean-up removed the DKIM selector record.',
    workaround: 'Restore the `s1._domainkey` TXT record from the DNS history.',
    status: 'fixed',
  },
  // Identity
  {
    key: 'session-store-restart',
    entityRefs: [r('session-store')],
    title: 'Everyone is signed out when the session store restarts',
    symptoms:
      'All users are logged out at once; auth-service logs "session not found"; the login rate spikes right after a Redis restart of the session store.',
    rootCause: 'The session store runs without persistence (no AOF, no RDB).',
    workaround:
      'None once it happened; restart the session store only in the maintenance window.',
    status: 'fix-in-progress',
  },
  {
    key: 'auth-jwks-rotation',
    entityRefs: [c('auth-service')],
    title: 'Token validation fails after a signing key rotation',
    symptoms:
      'Services reject tokens with 401 invalid_token "kid not found"; users are sent back to the sign-in page right after signing in.',
    rootCause:
      'Services cache the JWKS for 24 h and do not refetch on an unknown kid.',
    workaround:
      'Publish the new key in the JWKS a day before signing with it; after the fact, restart the services to clear their JWKS cache.',
    status: 'workaround',
  },
  {
    key: 'auth-login-rate-limit',
    entityRefs: [c('auth-service')],
    title: 'Login rate limiter locks out a whole office behind one IP',
    symptoms:
      'Many users of the same company get HTTP 429 "too many login attempts" at once; all their requests come from one NAT address.',
    rootCause: 'The rate limiter counts attempts per IP address only.',
    workaround: 'Add the company’s NAT address to the rate limiter allow list.',
    status: 'workaround',
  },
  {
    key: 'auth-clock-drift',
    entityRefs: [c('auth-service')],
    title: 'Logins fail with invalid_grant after clock drift',
    symptoms:
      'Sign-in fails with "invalid_grant: token used before issued"; the old VMs of auth-service drift by minutes.',
    rootCause: 'NTP was disabled on the old VM image.',
    workaround: 'Restart chronyd on the VMs.',
    status: 'retired',
  },
  {
    key: 'directory-ldap-timeout',
    entityRefs: [c('user-directory')],
    title:
      'Connexion impossible : délai d’attente dépassé vers l’annuaire LDAP',
    symptoms:
      'Les connexions échouent après 30 s avec « LDAP: timeout » ; user-directory sature son pool de connexions vers l’annuaire ; les utilisateurs restent sur la page de connexion.',
    rootCause:
      'Une requête de groupes imbriqués parcourt tout l’annuaire à chaque connexion.',
    workaround:
      'Activer le cache des groupes (`ldap.groupCache=true`) et redémarrer user-directory.',
    status: 'workaround',
  },
  {
    key: 'account-captcha-mobile',
    entityRefs: [c('account-web')],
    title: 'Le captcha bloque l’inscription sur mobile',
    symptoms:
      'Sur téléphone le captcha ne s’affiche pas et le bouton « Créer mon compte » reste grisé ; les inscriptions mobiles chutent de moitié.',
    rootCause:
      'Le script du captcha est bloqué par la nouvelle politique CSP de account-web.',
    workaround: 'Ajouter le domaine du captcha à la CSP `script-src`.',
    status: 'fix-in-progress',
  },
];

/**
 * Why the expected known error should be found besides its words: it affects the
 * entity, what it depends on (or what depends on it), its system, or nothing the
 * catalog relates to the entity (`text-only`: two hops away, through an API or a
 * dependency's dependency), so only its words can find it.
 */
export type ExpectedRelation =
  | 'same-entity'
  | 'dependency'
  | 'same-system'
  | 'text-only';

/** An incident being declared, and the known error it should find. */
export type LabelledIncident = {
  lang: 'en' | 'fr';
  entityRef: string;
  title: string;
  description: string;
  expected: string;
  relation: ExpectedRelation;
};

/**
 * 38 incidents as responders declare them, 20 in English and 18 in French, often
 * without accents and with other plurals and verb forms than the known error's. The
 * last eight are harder: a French description of an English known error and the other
 * way round, and causes two hops away in the catalog.
 */
export const relevanceIncidents: LabelledIncident[] = [
  {
    lang: 'en',
    entityRef: c('checkout-web'),
    title: '502s on checkout after the release',
    description:
      'Ingress returning 502 bad gateway on /checkout since the 14:05 deploy, error rate at 18%.',
    expected: 'checkout-502-rollout',
    relation: 'same-entity',
  },
  {
    lang: 'fr',
    entityRef: c('checkout-web'),
    title: 'Paiement bloqué sur iPhone',
    description:
      'Le bouton payer tourne sans fin sur Safari iOS, l’iframe de paiement ne se charge jamais.',
    expected: 'checkout-safari-spinner',
    relation: 'same-entity',
  },
  {
    lang: 'fr',
    entityRef: c('checkout-web'),
    title: 'codes promo refuses',
    description:
      'les clients ont le message code invalide sur des codes promo pourtant actifs, le support croule sous les tickets',
    expected: 'checkout-promo-codes',
    relation: 'same-entity',
  },
  {
    lang: 'en',
    entityRef: c('checkout-web'),
    title: 'Customers cannot pay during the flash sale',
    description:
      'Checkout shows "payment could not be processed", payments API answering 429 too many requests.',
    expected: 'payments-api-rate-limit',
    relation: 'dependency',
  },
  {
    lang: 'en',
    entityRef: c('cart-service'),
    title: 'Baskets emptied',
    description:
      'Customers report empty baskets a few minutes after adding items, redis evicted keys rising, memory full.',
    expected: 'cart-cache-evictions',
    relation: 'dependency',
  },
  {
    lang: 'en',
    entityRef: c('cart-service'),
    title: 'Cart API timing out',
    description:
      'p99 of /cart above 2 seconds, connection pool timeouts to redis since the cache failed over.',
    expected: 'cart-redis-failover',
    relation: 'same-entity',
  },
  {
    lang: 'fr',
    entityRef: c('cart-service'),
    title: 'Remise non appliquée dans le panier',
    description:
      'le total du panier ne deduit pas la seconde remise, ecart avec le recapitulatif de la commande',
    expected: 'cart-discounts',
    relation: 'same-entity',
  },
  {
    lang: 'en',
    entityRef: c('product-catalog-service'),
    title: 'Orders failing with out of stock on available products',
    description:
      'Products show in stock but orders fail with OUT_OF_STOCK, inventory consumer lagging.',
    expected: 'catalog-stale-stock',
    relation: 'same-entity',
  },
  {
    lang: 'fr',
    entityRef: c('product-catalog-service'),
    title: 'Prix faux sur le site',
    description:
      'les prix affiches different du back-office depuis l’import de cette nuit',
    expected: 'catalog-prices',
    relation: 'same-entity',
  },
  {
    lang: 'fr',
    entityRef: c('search-service'),
    title: 'Recherche en timeout',
    description:
      'la page de resultats de recherche est vide, circuit_breaking_exception cote Elasticsearch',
    expected: 'search-circuit-breaker',
    relation: 'same-entity',
  },
  {
    lang: 'en',
    entityRef: c('payments-gateway'),
    title: 'Spike in card declines',
    description:
      'Authorisation success rate dropped to 60%, acquirer returning 05 do not honour.',
    expected: 'gateway-acquirer-declines',
    relation: 'same-entity',
  },
  {
    lang: 'fr',
    entityRef: c('payments-gateway'),
    title: '3DS en echec pour les clients d’une banque',
    description:
      'authentification echouee au challenge 3-D Secure, timeout de l’ACS',
    expected: 'gateway-3ds-issuer',
    relation: 'same-entity',
  },
  {
    lang: 'en',
    entityRef: c('payments-gateway'),
    title: 'Payments stuck in manual review',
    description:
      'Lots of payments pending manual review, fraud check timeouts in the gateway logs.',
    expected: 'fraud-model-timeout',
    relation: 'dependency',
  },
  {
    lang: 'en',
    entityRef: c('payments-gateway'),
    title: 'All authorisations failing',
    description:
      'SSLHandshakeException on every call to the acquirer, certificate expired?',
    expected: 'gateway-tls-certificate',
    relation: 'same-entity',
  },
  {
    lang: 'fr',
    entityRef: c('fraud-scoring'),
    title: 'Clients fideles refuses',
    description:
      'paiements refuses pour suspicion de fraude chez des clients recurrents depuis le nouveau modele',
    expected: 'fraud-false-positives',
    relation: 'same-entity',
  },
  {
    lang: 'en',
    entityRef: c('ledger-service'),
    title: 'Duplicate ledger entries',
    description:
      'Daily reconciliation failed, duplicated debit entries for payments split over two cards.',
    expected: 'ledger-duplicates',
    relation: 'same-entity',
  },
  {
    lang: 'fr',
    entityRef: c('refund-worker'),
    title: 'Remboursement en attente depuis hier',
    description:
      'les remboursements restent en PENDING, erreur 409 de l’acquereur',
    expected: 'refunds-pending',
    relation: 'same-entity',
  },
  {
    lang: 'fr',
    entityRef: c('ledger-service'),
    title: 'Erreurs de connexion à la base',
    description:
      'le ledger renvoie des 500, remaining connection slots are reserved, delai de reponse > 5 s',
    expected: 'payments-db-connections',
    relation: 'dependency',
  },
  {
    lang: 'en',
    entityRef: r('payments-db'),
    title: 'Database failover stuck',
    description:
      'Primary died, failover not completed after 15 minutes, the database system is in recovery mode.',
    expected: 'payments-db-failover',
    relation: 'same-entity',
  },
  {
    lang: 'en',
    entityRef: c('notification-service'),
    title: 'Order confirmations arriving late',
    description:
      'Customers getting confirmation emails hours late, email queue backlog growing, provider says 421.',
    expected: 'emails-delayed',
    relation: 'same-entity',
  },
  {
    lang: 'fr',
    entityRef: c('notification-service'),
    title: 'Les courriels ne partent plus',
    description:
      'quota d’envoi depasse chez le fournisseur, erreur 550 sur tous les courriels',
    expected: 'email-quota',
    relation: 'dependency',
  },
  {
    lang: 'fr',
    entityRef: c('email-sender'),
    title: 'Gabarit casse',
    description:
      'les clients recoivent Bonjour {{firstName}} dans les mails de commande',
    expected: 'email-templates',
    relation: 'same-entity',
  },
  {
    lang: 'en',
    entityRef: c('sms-gateway'),
    title: 'Shipping SMS not delivered',
    description:
      'SMS provider returns 401 authentication failed, delivery rate zero.',
    expected: 'sms-credentials',
    relation: 'same-entity',
  },
  {
    lang: 'en',
    entityRef: c('email-sender'),
    title: 'Emails going to spam',
    description:
      'Gmail puts our order emails in spam, DMARC reports show DKIM failures since the DNS change.',
    expected: 'messaging-spam',
    relation: 'same-system',
  },
  {
    lang: 'fr',
    entityRef: c('notification-service'),
    title: 'Un client a reçu la commande d’un autre',
    description:
      'courriel de confirmation avec les donnees et l’adresse d’une autre commande',
    expected: 'wrong-recipient',
    relation: 'same-entity',
  },
  {
    lang: 'en',
    entityRef: c('account-web'),
    title: 'Users bounced back to login',
    description:
      'After signing in users land on the sign-in page again; services log 401 invalid_token kid not found.',
    expected: 'auth-jwks-rotation',
    relation: 'dependency',
  },
  {
    lang: 'fr',
    entityRef: c('auth-service'),
    title: 'Connexions impossibles',
    description:
      'les utilisateurs n’arrivent pas a se connecter, delai d’attente depasse vers l’annuaire LDAP',
    expected: 'directory-ldap-timeout',
    relation: 'dependency',
  },
  {
    lang: 'fr',
    entityRef: c('auth-service'),
    title: 'Tout le monde est déconnecté',
    description:
      'tous les utilisateurs deconnectes en meme temps, session not found dans les logs apres le redemarrage de redis',
    expected: 'session-store-restart',
    relation: 'dependency',
  },
  {
    lang: 'fr',
    entityRef: c('account-web'),
    title: 'Inscription impossible sur mobile',
    description:
      'le captcha ne s’affiche pas sur les telephones, les inscriptions chutent',
    expected: 'account-captcha-mobile',
    relation: 'same-entity',
  },
  {
    lang: 'en',
    entityRef: c('auth-service'),
    title: 'Login 429s for a whole customer office',
    description:
      'Many users from the same company get too many login attempts errors.',
    expected: 'auth-login-rate-limit',
    relation: 'same-entity',
  },
  // Harder: across languages, or behind an API in the catalog.
  {
    lang: 'en',
    entityRef: c('checkout-web'),
    title: 'Card payments declined at checkout',
    description:
      'Customers cards declined since 10:20, the acquirer answers 05 do not honour.',
    expected: 'gateway-acquirer-declines',
    // Through the API checkout consumes, to the service providing it.
    relation: 'dependency',
  },
  {
    lang: 'en',
    entityRef: c('checkout-web'),
    title: 'Shoppers logged out at checkout',
    description:
      'Customers are sent back to the sign-in page when they pay; 401 invalid_token kid not found.',
    expected: 'auth-jwks-rotation',
    // Through the API checkout consumes, to the service providing it.
    relation: 'dependency',
  },
  {
    lang: 'en',
    entityRef: c('checkout-web'),
    title: 'Checkout slow',
    description:
      'Basket page takes 3 s to load, cart API p99 over 2 s, redis timeouts.',
    expected: 'cart-redis-failover',
    relation: 'dependency',
  },
  {
    lang: 'fr',
    entityRef: c('notification-service'),
    title: 'Courriels de confirmation en retard',
    description:
      'les clients recoivent leur confirmation de commande avec plusieurs heures de retard, la file grossit',
    expected: 'emails-delayed',
    relation: 'same-entity',
  },
  {
    lang: 'en',
    entityRef: c('email-sender'),
    title: 'Confirmation emails not going out',
    description: 'Provider answers 550 5.7.1 daily sending quota exceeded.',
    expected: 'email-quota',
    relation: 'same-entity',
  },
  {
    lang: 'fr',
    entityRef: c('payments-gateway'),
    title: 'Clients debites deux fois',
    description:
      'des clients debites en double, deux captures pour un seul paiement apres un retry',
    expected: 'gateway-double-capture',
    relation: 'same-entity',
  },
  {
    lang: 'en',
    entityRef: c('notification-service'),
    title: 'Shipping emails flagged as spam',
    description:
      'Outlook and Gmail show our shipping updates as spam, DKIM fail in the DMARC reports.',
    expected: 'messaging-spam',
    relation: 'same-system',
  },
  {
    lang: 'fr',
    entityRef: c('checkout-web'),
    title: 'Panier vide au moment de payer',
    description:
      'les paniers des clients se vident quelques minutes apres l’ajout des articles',
    expected: 'cart-cache-evictions',
    relation: 'text-only',
  },
];

/** A search of the known-error page as typed (the last word may be unfinished). */
export type LabelledSearch = { q: string; expected: string };

export const relevanceSearches: LabelledSearch[] = [
  { q: 'courriels quota', expected: 'email-quota' },
  { q: 'delai annuaire', expected: 'directory-ldap-timeout' },
  { q: 'redis time', expected: 'cart-redis-failover' },
  { q: 'certificate exp', expected: 'gateway-tls-certificate' },
  { q: 'remboursements bloq', expected: 'refunds-pending' },
  { q: 'double capt', expected: 'gateway-double-capture' },
  { q: 'prix import', expected: 'catalog-prices' },
  { q: 'confirmation emails delayed', expected: 'emails-delayed' },
  { q: 'gabarits cass', expected: 'email-templates' },
  { q: 'Connexions base paiem', expected: 'payments-db-connections' },
  // Several match; the title decides.
  { q: '429', expected: 'payments-api-rate-limit' },
  { q: 'délai dépassé', expected: 'directory-ldap-timeout' },
  { q: 'emails spam', expected: 'messaging-spam' },
];
