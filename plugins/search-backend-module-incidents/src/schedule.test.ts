import { ConfigReader } from '@backstage/config';
import { DEFAULT_SCHEDULE, readCollatorSchedule } from './schedule';

describe('readCollatorSchedule', () => {
  it('runs every 10 minutes, at most 15, a few seconds after start by default', () => {
    expect(readCollatorSchedule(new ConfigReader({}))).toEqual({
      frequency: { minutes: 10 },
      timeout: { minutes: 15 },
      initialDelay: { seconds: 3 },
    });
    expect(readCollatorSchedule(new ConfigReader({}))).toBe(DEFAULT_SCHEDULE);
  });

  it('reads search.collators.incidents.schedule', () => {
    expect(
      readCollatorSchedule(
        new ConfigReader({
          search: {
            collators: {
              incidents: {
                schedule: {
                  frequency: { minutes: 1 },
                  timeout: 'PT5M',
                  initialDelay: { seconds: 10 },
                },
              },
            },
          },
        }),
      ),
    ).toEqual({
      frequency: { minutes: 1 },
      timeout: { minutes: 5 },
      initialDelay: { seconds: 10 },
    });
  });

  it('names the key of a schedule it cannot read', () => {
    expect(() =>
      readCollatorSchedule(
        new ConfigReader({
          search: { collators: { incidents: { schedule: { timeout: 'x' } } } },
        }),
      ),
    ).toThrow(/search\.collators\.incidents\.schedule/);
  });
});
