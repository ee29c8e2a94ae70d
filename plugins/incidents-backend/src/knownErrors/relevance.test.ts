import { TestDatabaseId } from '@backstage/backend-test-utils';
import { as, GUEST, useIncidentsBackend } from '../__testUtils__/incidentsApi';
import {
  LabelledIncident,
  relevanceCatalogEntities,
  relevanceIncidents,
  relevanceKnownErrors,
  relevanceSearches,
} from '../__testUtils__/knownErrorRelevanceSet';
import { createTestDatabases } from '../__testUtils__/testDatabases';

jest.setTimeout(120_000);

/** The share of labelled incidents whose known error must be among the first three. */
const TOP_3_TARGET = 0.8;

const databases = createTestDatabases();

type Suggestion = { id: string; reasons: string[] };

/** Per database, each labelled incident's first three suggestions, by key. */
const top3ByDatabase = new Map<TestDatabaseId, string[][]>();

const RETIRED = relevanceKnownErrors
  .filter(ke => ke.status === 'retired')
  .map(ke => ke.key);

describe('the labelled relevance set', () => {
  it('is large enough, in both languages, with retired near misses', () => {
    expect(relevanceKnownErrors.length).toBeGreaterThanOrEqual(32);
    expect(new Set(relevanceKnownErrors.map(ke => ke.key)).size).toBe(
      relevanceKnownErrors.length,
    );
    expect(relevanceIncidents.length).toBeGreaterThanOrEqual(24);
    for (const lang of ['en', 'fr']) {
      expect(
        relevanceIncidents.filter(incident => incident.lang === lang).length,
      ).toBeGreaterThanOrEqual(12);
    }
    const keys = relevanceKnownErrors.map(ke => ke.key);
    for (const { expected } of [...relevanceIncidents, ...relevanceSearches]) {
      expect(keys).toContain(expected);
      expect(RETIRED).not.toContain(expected);
    }
    expect(RETIRED.length).toBeGreaterThanOrEqual(1);
  });
});

describe.each(databases.eachSupportedId())(
  'known-error relevance on %s',
  databaseId => {
    const { api } = useIncidentsBackend(databases, databaseId, {
      catalogEntities: relevanceCatalogEntities,
    });

    const keyOf = new Map<string, string>();
    const idOf = new Map<string, string>();
    /** Each labelled incident's suggestions (5, the default), in the set's order. */
    const suggested: Suggestion[][] = [];

    const suggest = async (incident: LabelledIncident) => {
      const res = await api()
        .get('/api/incidents/known-errors/suggestions')
        .query({
          entityRef: incident.entityRef,
          text: `${incident.title}\n${incident.description}`,
        })
        .set(as(GUEST));
      if (res.status !== 200) {
        throw new Error(`Suggestions for ${incident.title}: ${res.text}`);
      }
      return res.body.items as Suggestion[];
    };

    beforeAll(async () => {
      // One after another, so the numbers (the last tie-break) are the same on both.
      for (const { key, ...knownError } of relevanceKnownErrors) {
        const res = await api()
          .post('/api/incidents/known-errors')
          .set(as(GUEST))
          .send(knownError);
        if (res.status !== 201) {
          throw new Error(`Recording ${key}: ${res.status} ${res.text}`);
        }
        keyOf.set(res.body.id, key);
        idOf.set(key, res.body.id);
      }
      for (const incident of relevanceIncidents) {
        suggested.push(await suggest(incident));
      }
      top3ByDatabase.set(
        databaseId,
        suggested.map(items => items.slice(0, 3).map(s => keyOf.get(s.id)!)),
      );
    });

    const rankOf = (index: number) =>
      suggested[index].findIndex(
        s => keyOf.get(s.id) === relevanceIncidents[index].expected,
      );

    it(`puts the labelled known error in the top 3 for at least ${
      TOP_3_TARGET * 100
    }% of the incidents`, () => {
      const misses = relevanceIncidents.flatMap((incident, index) => {
        const rank = rankOf(index);
        return rank >= 0 && rank < 3
          ? []
          : [
              `  [${incident.lang}] "${incident.title}" on ${
                incident.entityRef
              }: expected ${incident.expected}, ${
                rank < 0 ? 'not in the first 5' : `rank ${rank + 1}`
              }; got ${suggested[index]
                .slice(0, 3)
                .map(s => `${keyOf.get(s.id)} (${s.reasons.join(', ')})`)
                .join(' | ')}`,
            ];
      });
      const rate = 1 - misses.length / relevanceIncidents.length;
      const firsts = relevanceIncidents.filter(
        (_, index) => rankOf(index) === 0,
      ).length;
      const byLang = (lang: string) => {
        const indexes = relevanceIncidents.flatMap((incident, index) =>
          incident.lang === lang ? [index] : [],
        );
        const hits = indexes.filter(i => rankOf(i) >= 0 && rankOf(i) < 3);
        return `${hits.length}/${indexes.length}`;
      };
      // eslint-disable-next-line no-console
      console.log(
        [
          `${databaseId}: top-3 hit rate ${rate.toFixed(3)} (${
            relevanceIncidents.length - misses.length
          }/${relevanceIncidents.length}; English ${byLang(
            'en',
          )}, French ${byLang('fr')}), first ${firsts}/${
            relevanceIncidents.length
          }`,
          ...(misses.length > 0 ? ['misses:', ...misses] : ['no misses']),
        ].join('\n'),
      );
      expect(rate).toBeGreaterThanOrEqual(TOP_3_TARGET);
    });

    it('never suggests a retired known error, even on its own words', async () => {
      const everything = suggested.flat().map(s => keyOf.get(s.id));
      for (const retired of RETIRED) {
        expect(everything).not.toContain(retired);
        const knownError = relevanceKnownErrors.find(ke => ke.key === retired)!;
        const items = await suggest({
          lang: 'en',
          entityRef: knownError.entityRefs[0],
          title: knownError.title,
          description: knownError.symptoms,
          expected: retired,
          relation: 'same-entity',
        });
        expect(items.map(s => keyOf.get(s.id))).not.toContain(retired);
        // The known-error page still finds it.
        const listed = await api()
          .get('/api/incidents/known-errors')
          .query({ q: knownError.title })
          .set(as(GUEST));
        expect(listed.body.items.map((ke: { id: string }) => ke.id)).toContain(
          idOf.get(retired),
        );
      }
    });

    it('says why: the labelled relation and the text, wherever the known error is suggested', () => {
      // Each known error of the set affects one entity, so its reasons are exactly the
      // labelled relation (none when it is two hops away) and its words.
      const found = relevanceIncidents.flatMap((incident, index) => {
        const rank = rankOf(index);
        return rank < 0
          ? []
          : [
              {
                incident: `${incident.title} -> ${incident.expected}`,
                relation: incident.relation,
                reasons: suggested[index][rank].reasons,
              },
            ];
      });
      expect(found.length).toBeGreaterThan(relevanceIncidents.length / 2);
      expect(
        found.map(({ incident, reasons }) => ({ incident, reasons })),
      ).toEqual(
        found.map(({ incident, relation }) => ({
          incident,
          reasons: relation === 'text-only' ? ['text'] : [relation, 'text'],
        })),
      );
      // The set exercises each relation.
      expect(new Set(relevanceIncidents.map(i => i.relation))).toEqual(
        new Set(['same-entity', 'dependency', 'same-system', 'text-only']),
      );
    });

    it('finds the labelled known error first or in the top 3 while searching as you type', async () => {
      const results = [];
      for (const search of relevanceSearches) {
        const res = await api()
          .get('/api/incidents/known-errors')
          .query({ q: search.q, limit: 10 })
          .set(as(GUEST));
        expect(res.status).toBe(200);
        const keys: string[] = res.body.items.map((ke: { id: string }) =>
          keyOf.get(ke.id),
        );
        results.push({
          q: search.q,
          expected: search.expected,
          rank: keys.indexOf(search.expected) + 1,
          total: res.body.totalItems,
          first: keys.slice(0, 3),
        });
      }
      // eslint-disable-next-line no-console
      console.log(
        `${databaseId}: search as you type\n${results
          .map(
            r =>
              `  "${r.q}": ${r.expected} at rank ${r.rank || 'none'} of ${
                r.total
              } (${r.first.join(', ')})`,
          )
          .join('\n')}`,
      );
      expect(results.filter(r => r.rank < 1 || r.rank > 3)).toEqual([]);
      expect(results.filter(r => r.rank === 1).length).toBeGreaterThanOrEqual(
        Math.ceil(results.length * 0.8),
      );
    });

    // A stem can be shorter than what was typed ("remboursements" is stemmed to
    // `rembours`): the word being typed is also matched as a prefix of the words as
    // written.
    it('keeps finding a known error at every keystroke of a word', async () => {
      const word = 'remboursements';
      const lost: string[] = [];
      for (let length = 4; length <= word.length; length++) {
        const res = await api()
          .get('/api/incidents/known-errors')
          .query({ q: word.slice(0, length) })
          .set(as(GUEST));
        const keys = res.body.items.map((ke: { id: string }) =>
          keyOf.get(ke.id),
        );
        if (!keys.includes('refunds-pending')) {
          lost.push(word.slice(0, length));
        }
      }
      expect(lost).toEqual([]);
    });
  },
);

describe('known-error relevance across databases', () => {
  const bothRan = () => {
    const ran = [...top3ByDatabase.keys()];
    if (ran.length < 2) {
      // eslint-disable-next-line no-console
      console.log(
        `Only ${ran.join(
          ', ',
        )} ran; set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING to compare the rankings.`,
      );
      return undefined;
    }
    return ran.map(id => top3ByDatabase.get(id)!);
  };
  /** Each incident's first `n` suggestions as a line, to compare databases. */
  const lines = (tops: string[][], n: number) =>
    relevanceIncidents.map(
      (incident, index) =>
        `${incident.title}: ${tops[index].slice(0, n).join(', ')}`,
    );

  it('suggests the same first known error, and finds or misses the labelled one alike, on SQLite and PostgreSQL', () => {
    const tops = bothRan();
    if (!tops) {
      return;
    }
    const [first, ...others] = tops;
    const hits = (top: string[][]) =>
      relevanceIncidents.map(
        (incident, index) =>
          `${incident.title}: ${top[index].includes(incident.expected)}`,
      );
    for (const other of others) {
      expect(lines(other, 1)).toEqual(lines(first, 1));
      expect(hits(other)).toEqual(hits(first));
    }
    const same = (n: number) =>
      lines(first, n).filter((line, index) =>
        others.every(o => lines(o, n)[index] === line),
      ).length;
    // eslint-disable-next-line no-console
    console.log(
      `Same order on both databases: first suggestion ${same(1)}/${
        relevanceIncidents.length
      }, first two ${same(2)}/${relevanceIncidents.length}, first three ${same(
        3,
      )}/${relevanceIncidents.length}`,
    );
  });

  // The databases only find the candidates; their text is scored by the plugin, the
  // same way on both.
  if (databases.eachSupportedId().length > 1) {
    it('ranks the first three suggestions in the same order on SQLite and PostgreSQL', () => {
      const [first, ...others] = bothRan()!;
      for (const other of others) {
        expect(lines(other, 3)).toEqual(lines(first, 3));
      }
    });
  }
});
