// The parent's side of fakeWorkspaceProcess.ts: starts the loopback Slack and Google fake
// in a process of its own and talks to it over the IPC channel. Shared by the workspace
// and Slack entry-point benchmarks.
import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { serviceAccountKeys } from '../src/__testUtils__/workspaceTestBed';
import {
  FakeRequest,
  FakeSlackUser,
} from '../src/__testUtils__/fakes/FakeWorkspaceServer';

/** What the fake can be told between measurements (see fakeWorkspaceProcess.ts). */
export type RemoteFakeSettings = {
  /** Added to every answer from now on. */
  latencyMs?: number;
  /** Slack accounts besides SLACK_USERS. */
  slackUsers?: FakeSlackUser[];
  /** Trigger ids `views.open` accepts once (Slack sends one with each command). */
  triggerIds?: string[];
};

/** The fake Slack and Google, in a process of its own (see fakeWorkspaceProcess.ts). */
export class RemoteFake {
  private seen = 0;

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  static async start(latencyMs: number): Promise<RemoteFake> {
    const child = fork(join(__dirname, 'fakeWorkspaceProcess.ts'), [], {
      execArgv: [
        '--require',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      ],
      env: {
        ...process.env,
        FAKE_LATENCY_MS: String(latencyMs),
        FAKE_SERVICE_ACCOUNT_KEYS: JSON.stringify(serviceAccountKeys()),
      },
    });
    const started = await new Promise<{ url: string }>((resolve, reject) => {
      RemoteFake.reply(child, 'started', resolve);
      child.once('exit', code => reject(new Error(`fake exited with ${code}`)));
    });
    return new RemoteFake(child, started.url);
  }

  /** The next message of this type (the child may send others, e.g. the transform's). */
  private static reply(
    child: ChildProcess,
    type: string,
    resolve: (message: any) => void,
  ) {
    const listener = (message: any) => {
      if (message?.type === type) {
        child.off('message', listener);
        resolve(message);
      }
    };
    child.on('message', listener);
  }

  /** The requests the fake received since the last call. */
  async newRequests(): Promise<FakeRequest[]> {
    const requests = await new Promise<FakeRequest[]>(resolve => {
      RemoteFake.reply(this.child, 'requests', m => resolve(m.requests));
      this.child.send({ type: 'requests', since: this.seen });
    });
    this.seen += requests.length;
    return requests;
  }

  /** Changes the fake's latency, Slack users or trigger ids; resolves once applied. */
  async configure(settings: RemoteFakeSettings): Promise<void> {
    await new Promise(resolve => {
      RemoteFake.reply(this.child, 'configured', resolve);
      this.child.send({ type: 'configure', ...settings });
    });
  }

  async stop() {
    const exited = new Promise(resolve => this.child.once('exit', resolve));
    this.child.send({ type: 'stop' });
    await exited;
  }
}
