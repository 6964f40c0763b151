// The workflow bundle of hazard-reward's worker: deterministic workflow code only (no I/O, no Nest, no clocks).
export { approvalChain } from '../approval-chain/approval-chain.workflow';
export { rectificationTimer } from '../hazard/rectification-timer.workflow';
export { rewardPayment } from '../hazard/reward-payment.workflow';
