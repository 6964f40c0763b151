import { TaskQueues } from '../src';
import { describeHistoryReplays } from './fixtures/history-replays';

/**
 * The recorded history of every path of the awards workflows (scripts/record-award-histories.ts)
 * replays against today's workflow code. A change that makes one fail would break publicity periods
 * already running in production: put it behind patched() instead of re-recording.
 */
describeHistoryReplays('replay of recorded award workflow histories', TaskQueues.awards, /^publicity-period\./, [
  'publicity-period.passed-after-pending-ruling',
  'publicity-period.passed-objection-dismissed',
  'publicity-period.passed-without-objection',
  'publicity-period.withdrawn-objection-upheld',
]);
