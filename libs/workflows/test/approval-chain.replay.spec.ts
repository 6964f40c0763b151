import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { TaskQueues, workflowCode } from '../src';

/**
 * The recorded history of every path of the approval chain (scripts/record-approval-histories.ts)
 * replays against today's workflow code. A change that makes one fail would break chains already
 * running in production: put it behind patched() instead of re-recording.
 */
const historiesDir = join(__dirname, 'histories');
const files = readdirSync(historiesDir).filter((f) => f.startsWith('approval-chain.') && f.endsWith('.json'));

describe('replay of recorded approval chain histories', () => {
  it('has a recorded history for every path', () => {
    expect(files.map((f) => f.replace(/^approval-chain\.|\.json$/g, '')).sort()).toEqual([
      'countersign-and-delegation',
      'four-levels-approved',
      'rejected-at-level-3',
      'reminded-and-escalated',
      'returned-at-level-2-and-resubmitted',
      'withdrawn',
    ]);
  });

  it.each(files)('%s replays without nondeterminism', async (file) => {
    const history = temporal.api.history.v1.History.fromObject(JSON.parse(readFileSync(join(historiesDir, file), 'utf8')));
    await expect(Worker.runReplayHistory({ ...workflowCode(TaskQueues.registration), replayName: file }, history)).resolves.toBeUndefined();
  });
});
