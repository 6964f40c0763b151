export const TEMPORAL_CLIENT = Symbol('TEMPORAL_CLIENT');
/** The CommitDoorbell that the workflow outbox rings and this process's workflow outbox relay answers. */
export const WORKFLOW_OUTBOX_DOORBELL = Symbol('WORKFLOW_OUTBOX_DOORBELL');
