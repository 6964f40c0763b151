import { proxyActivities } from '@temporalio/workflow';
import type { RewardPaymentActivities, RewardPaymentInput } from './reward-payment.types';

// No maximum attempts: a payment that keeps failing is retried (with backoff) until it succeeds or
// someone terminates the workflow; the activity itself guarantees it is never made twice.
const { payReward } = proxyActivities<RewardPaymentActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/** Pays one issued hazard reward, retried durably across crashes of the service. */
export async function rewardPayment(input: RewardPaymentInput): Promise<void> {
  await payReward(input.rewardId);
}
