export const rewardPaymentWorkflowType = 'rewardPayment';

/** One payment per reward: Temporal refuses a second workflow with this id, even after the first completed. */
export const rewardPaymentWorkflowId = (rewardId: string): string => `reward-payment-${rewardId}`;

export interface RewardPaymentInput {
  rewardId: string;
}

export interface RewardPaymentActivities {
  /** Pays the reward unless it is paid already; the ledger's unique (reward, 'paid') entry makes it once. */
  payReward(rewardId: string): Promise<void>;
}
