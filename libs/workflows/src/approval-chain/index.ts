export * from './approval-chain.messages';
export * from './approval-chain.rules';
export * from './approval-chain.types';
export * from './opinion-box-titles';
export * from './step-deadlines';
