// The loopback Slack and Google fake in a process of its own, for the benchmarks: the
// real services' work does not run on the backend's CPU, so neither should the fake's.
// Started by remoteFake.ts with fork(); talks over the IPC channel.
import {
  startFakeWorkspace,
  useServiceAccountKeys,
} from '../src/__testUtils__/workspaceTestBed';
import type { RemoteFakeSettings } from './remoteFake';

type Message =
  | { type: 'requests'; since: number }
  | ({ type: 'configure' } & RemoteFakeSettings)
  | { type: 'stop' };

async function main() {
  useServiceAccountKeys(JSON.parse(process.env.FAKE_SERVICE_ACCOUNT_KEYS!));
  const fake = await startFakeWorkspace();
  fake.latencyMs = Number(process.env.FAKE_LATENCY_MS ?? 0);
  process.on('message', async (message: Message) => {
    if (message.type === 'requests') {
      process.send!({
        type: 'requests',
        requests: fake.requests.slice(message.since),
      });
    } else if (message.type === 'configure') {
      if (message.latencyMs !== undefined) {
        fake.latencyMs = message.latencyMs;
      }
      fake.slack.users.push(...(message.slackUsers ?? []));
      for (const triggerId of message.triggerIds ?? []) {
        fake.slack.triggerIds.add(triggerId);
      }
      process.send!({ type: 'configured' });
    } else if (message.type === 'stop') {
      await fake.stop();
      process.exit(0);
    }
  });
  process.send!({ type: 'started', url: fake.url });
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
