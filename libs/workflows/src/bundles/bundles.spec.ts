import { TaskQueue, TaskQueues } from '../task-queues';
import { workflowBundleEntry } from '../workflow-code';

/** What each service's worker runs: its bundle holds these workflows and no other. */
const expected: Record<TaskQueue, string[]> = {
  registration: ['approvalChain'],
  'hazard-reward': ['approvalChain', 'rectificationTimer', 'rewardPayment'],
  awards: ['approvalChain', 'publicityPeriod'],
};

describe('workflow bundles', () => {
  it.each(Object.values(TaskQueues))("the %s worker's bundle holds only that service's workflows", (taskQueue) => {
    const entry: Record<string, unknown> = require(`../${workflowBundleEntry(taskQueue)}`);
    expect(Object.keys(entry).sort()).toEqual(expected[taskQueue]);
    for (const name of expected[taskQueue]) expect(entry[name]).toEqual(expect.any(Function));
  });
});
