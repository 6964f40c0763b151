export * from './approval.errors';
export * from './approval-read-rules';
export * from './approval-transition.recorder';
export * from './approvals.migration';
export * from './approvals.module';
export * from './approvals.service';
export * from './approver-directory';
export * from './approval.response.dto';
