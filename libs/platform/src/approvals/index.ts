export * from './approval-read-rules';
export * from './approval-transition.recorder';
export * from './approvals.migration';
export * from './approvals.module';
export * from './approvals.service';
export * from './approver-directory';
export * from './approval-delegation.handlers';
export * from './approval-delegation-revocation.migration';
