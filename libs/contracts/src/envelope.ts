import { z } from 'zod';

/**
 * Every event on Kafka travels in this envelope. The envelope is validated on both ends; unknown
 * fields are tolerated (zod strips them) so that a producer can add fields without breaking consumers.
 */
export const eventEnvelopeSchema = z.object({
  eventId: z.uuid(),
  type: z.string().min(1),
  version: z.number().int().positive(),
  occurredAt: z.iso.datetime({ offset: true }),
  producer: z.string().min(1),
  correlationId: z.string().min(1),
  /** The org unit the change belongs to; scope checks in consumers use it. */
  orgUnitId: z.string().min(1).nullable(),
  /** Kafka message key: events of one aggregate keep their order. */
  aggregateId: z.string().min(1),
  payload: z.unknown(),
});

export type EventEnvelope<P = unknown> = Omit<z.infer<typeof eventEnvelopeSchema>, 'payload'> & { payload: P };
