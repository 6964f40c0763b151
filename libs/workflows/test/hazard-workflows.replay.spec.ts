import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporal } from '@temporalio/proto';
import { bundleWorkflowCode, ReplayWorkerOptions, Worker } from '@temporalio/worker';
import { workflowCode } from '../src';

/**
 * The recorded history of every path of the hazard workflows (scripts/record-hazard-histories.ts)
 * replays against today's workflow code. A change that makes one fail would break timers and payments
 * already running in production: put it behind patched() instead of re-recording.
 */
const historiesDir = join(__dirname, 'histories');
const prefixes = /^(rectification-timer|reward-payment)\./;
const files = readdirSync(historiesDir).filter((f) => prefixes.test(f) && f.endsWith('.json'));

describe('replay of recorded hazard workflow histories', () => {
  // Bundled once for all the histories rather than once per replay.
  let code: Pick<ReplayWorkerOptions, 'workflowBundle' | 'workflowsPath'>;
  beforeAll(async () => {
    const source = workflowCode();
    code = 'workflowsPath' in source ? { workflowBundle: await bundleWorkflowCode({ workflowsPath: source.workflowsPath }) } : source;
  });

  it('has a recorded history for every path', () => {
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([
      'rectification-timer.closed-before-reminder',
      'rectification-timer.deadline-moved-then-closed',
      'rectification-timer.reminded-overdue-closed',
      'reward-payment.paid',
      'reward-payment.paid-after-retries',
    ]);
  });

  it.each(files)('%s replays without nondeterminism', async (file) => {
    const history = temporal.api.history.v1.History.fromObject(JSON.parse(readFileSync(join(historiesDir, file), 'utf8')));
    await expect(Worker.runReplayHistory({ ...code, replayName: file }, history)).resolves.toBeUndefined();
  });
});
