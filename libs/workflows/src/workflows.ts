// Entry point of the workflow bundle: deterministic workflow code only (no I/O, no Nest, no clocks).
export { competitionAcknowledgement } from './competition-acknowledgement.workflow';
export { approvalChain } from './approval-chain/approval-chain.workflow';
export { rectificationTimer } from './hazard/rectification-timer.workflow';
export { rewardPayment } from './hazard/reward-payment.workflow';
export { publicityPeriod } from './awards/publicity-period.workflow';
