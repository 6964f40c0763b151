// The workflow bundle of awards' worker: deterministic workflow code only (no I/O, no Nest, no clocks).
export { approvalChain } from '../approval-chain/approval-chain.workflow';
export { publicityPeriod } from '../awards/publicity-period.workflow';
