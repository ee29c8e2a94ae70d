import { ConfigReader } from '@backstage/config';
import { readIncidentsConfig } from './readIncidentsConfig';

const SETTINGS = {
  integrations: { slack: false, google: false },
  postmortems: { actionItemDueInDays: 56 },
};

describe('readIncidentsConfig', () => {
  it('defaults to the CDS handbook severities', () => {
    const config = readIncidentsConfig(new ConfigReader({}), SETTINGS);
    expect(config.severities.map(s => [s.id, s.postmortemRequired])).toEqual([
      ['SEV1', true],
      ['SEV2', true],
      ['SEV3', false],
    ]);
  });

  it('reads configured severities', () => {
    const config = readIncidentsConfig(
      new ConfigReader({
        incidents: {
          severities: [
            {
              id: 'P1',
              name: 'P1 - Outage',
              description: 'Everything is down',
              examples: ['No logins'],
              postmortemRequired: true,
            },
            { id: 'P2' },
          ],
        },
      }),
      SETTINGS,
    );
    expect(config.severities).toEqual([
      {
        id: 'P1',
        name: 'P1 - Outage',
        description: 'Everything is down',
        examples: ['No logins'],
        postmortemRequired: true,
      },
      {
        id: 'P2',
        name: 'P2',
        description: '',
        examples: [],
        postmortemRequired: false,
      },
    ]);
  });

  it('refuses the same severity id twice', () => {
    expect(() =>
      readIncidentsConfig(
        new ConfigReader({
          incidents: { severities: [{ id: 'P1' }, { id: 'P1' }] },
        }),
        SETTINGS,
      ),
    ).toThrow("incidents.severities: the id 'P1' appears twice");
  });

  it('refuses a severity whose id is the filter value of the incidents still to be assessed', () => {
    expect(() =>
      readIncidentsConfig(
        new ConfigReader({
          incidents: { severities: [{ id: 'unassessed' }] },
        }),
        SETTINGS,
      ),
    ).toThrow(
      "incidents.severities: the id 'unassessed' is reserved for the incidents still to be assessed",
    );
  });
});
