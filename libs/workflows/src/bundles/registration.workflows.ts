// The workflow bundle of registration's worker: deterministic workflow code only (no I/O, no Nest, no clocks).
export { approvalChain } from '../approval-chain/approval-chain.workflow';
