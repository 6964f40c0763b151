export const KAFKA = Symbol('KAFKA');
/** The CommitDoorbell that outbox writers ring and this process's outbox relay answers. */
export const OUTBOX_DOORBELL = Symbol('OUTBOX_DOORBELL');
/** The service's name (PlatformOptions.service): its consumer groups are named `<service>.<consumer>`. */
export const SERVICE_NAME = Symbol('SERVICE_NAME');
