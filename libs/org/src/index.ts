export * from './org.errors';
export * from './org-kinds';
export * from './org-path';
export * from './org-move';
export * from './credit-code';
export * from './roles';
export * from './scope';
export * from './approval-chain';
