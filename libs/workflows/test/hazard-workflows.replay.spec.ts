import { TaskQueues } from '../src';
import { describeHistoryReplays } from './fixtures/history-replays';

/**
 * The recorded history of every path of the hazard workflows (scripts/record-hazard-histories.ts)
 * replays against today's workflow code. A change that makes one fail would break timers and payments
 * already running in production: put it behind patched() instead of re-recording.
 */
describeHistoryReplays('replay of recorded hazard workflow histories', TaskQueues.hazardReward, /^(rectification-timer|reward-payment)\./, [
  'rectification-timer.closed-before-reminder',
  'rectification-timer.deadline-moved-then-closed',
  'rectification-timer.reminded-overdue-closed',
  'reward-payment.paid',
  'reward-payment.paid-after-retries',
]);
