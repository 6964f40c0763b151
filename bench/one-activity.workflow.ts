// The benchmark's baseline: the smallest durable workflow, one activity that does nothing. It is not
// part of any service's bundle; the benchmark's own worker bundles this file.
import { proxyActivities } from '@temporalio/workflow';

export interface OneActivityActivities {
  touch(id: string): Promise<string>;
}

const { touch } = proxyActivities<OneActivityActivities>({ startToCloseTimeout: '30 seconds' });

export async function oneActivity(id: string): Promise<string> {
  return touch(id);
}
