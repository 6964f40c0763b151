import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporal } from '@temporalio/proto';
import { bundleWorkflowCode, ReplayWorkerOptions, Worker } from '@temporalio/worker';
import { workflowCode } from '../src';

/**
 * The recorded history of every path of the awards workflows (scripts/record-award-histories.ts)
 * replays against today's workflow code. A change that makes one fail would break publicity periods
 * already running in production: put it behind patched() instead of re-recording.
 */
const historiesDir = join(__dirname, 'histories');
const prefixes = /^publicity-period\./;
const files = readdirSync(historiesDir).filter((f) => prefixes.test(f) && f.endsWith('.json'));

describe('replay of recorded award workflow histories', () => {
  // Bundled once for all the histories rather than once per replay.
  let code: Pick<ReplayWorkerOptions, 'workflowBundle' | 'workflowsPath'>;
  beforeAll(async () => {
    const source = workflowCode();
    code = 'workflowsPath' in source ? { workflowBundle: await bundleWorkflowCode({ workflowsPath: source.workflowsPath }) } : source;
  });

  it('has a recorded history for every path', () => {
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([
      'publicity-period.passed-after-pending-ruling',
      'publicity-period.passed-objection-dismissed',
      'publicity-period.passed-without-objection',
      'publicity-period.withdrawn-objection-upheld',
    ]);
  });

  it.each(files)('%s replays without nondeterminism', async (file) => {
    const history = temporal.api.history.v1.History.fromObject(JSON.parse(readFileSync(join(historiesDir, file), 'utf8')));
    await expect(Worker.runReplayHistory({ ...code, replayName: file }, history)).resolves.toBeUndefined();
  });
});
