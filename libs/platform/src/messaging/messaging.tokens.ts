export const KAFKA = Symbol('KAFKA');
/** The CommitDoorbell that outbox writers ring and this process's outbox relay answers. */
export const OUTBOX_DOORBELL = Symbol('OUTBOX_DOORBELL');
