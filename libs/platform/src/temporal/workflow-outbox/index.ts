export { WorkflowOutbox, WORKFLOW_OUTBOX_NOTIFY_CHANNEL } from './workflow-outbox';
export type { WorkflowSignal, WorkflowStart } from './workflow-outbox';
export { WorkflowOutbox1764800000100 } from './workflow-outbox.migration';
export { WorkflowOutboxRelay } from './workflow-outbox.relay';
export { WorkflowOutboxRelayHost } from './workflow-outbox-relay.host';
