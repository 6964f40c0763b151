import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { contractKey, defineEvent } from '@lc/contracts';
import { InboxHandler } from './inbox-handler';
import { decodeMessage } from './message-decoder';

const sampleV1 = defineEvent({
  type: 'sample.happened',
  version: 1,
  topic: 'sample',
  description: 'test',
  payload: z.object({ amount: z.number() }),
});
const handler: InboxHandler = { contract: sampleV1 as never, handle: async () => undefined };
const handlers = new Map([[contractKey(sampleV1.type, sampleV1.version), handler]]);

const envelope = (overrides: Record<string, unknown> = {}) => ({
  eventId: randomUUID(),
  type: 'sample.happened',
  version: 1,
  occurredAt: '2026-11-23T10:00:00.000Z',
  producer: 'test',
  correlationId: 'c-1',
  orgUnitId: null,
  aggregateId: 'a-1',
  payload: { amount: 5 },
  ...overrides,
});
const bytes = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value));

describe('decodeMessage', () => {
  it('accepts a valid event for a handled type and version', () => {
    const decoded = decodeMessage(bytes(envelope()), handlers);
    expect(decoded).toMatchObject({ kind: 'event', envelope: { payload: { amount: 5 } }, handler });
  });

  it('tolerates fields it does not know, in the envelope and in the payload', () => {
    const decoded = decodeMessage(bytes(envelope({ addedLater: true, payload: { amount: 5, note: 'x' } })), handlers);
    expect(decoded.kind).toBe('event');
  });

  it('ignores event types and versions this consumer has no handler for', () => {
    expect(decodeMessage(bytes(envelope({ type: 'other.thing' })), handlers)).toEqual({
      kind: 'ignored',
      reason: 'no handler for other.thing v1',
    });
    expect(decodeMessage(bytes(envelope({ version: 2 })), handlers).kind).toBe('ignored');
  });

  it('passes over a type it has no handler for by its headers, without reading the value', () => {
    const headers = { 'event-type': Buffer.from('other.happened'), 'event-version': Buffer.from('1') };
    expect(decodeMessage(bytes('{not even JSON'), handlers, headers)).toEqual({ kind: 'ignored', reason: 'no handler for other.happened v1' });
    // Headers naming a handled type do not spare the value its checks.
    const handled = { 'event-type': Buffer.from('sample.happened'), 'event-version': Buffer.from('1') };
    expect(decodeMessage(bytes('{oops'), handlers, handled)).toEqual({ kind: 'poison', reason: 'message value is not JSON' });
  });

  it('calls a message that is not JSON poison', () => {
    expect(decodeMessage(bytes('{oops'), handlers)).toEqual({ kind: 'poison', reason: 'message value is not JSON' });
  });

  it('names the envelope field that is wrong', () => {
    const decoded = decodeMessage(bytes(envelope({ eventId: 'not-a-uuid' })), handlers);
    expect(decoded).toMatchObject({ kind: 'poison', reason: expect.stringContaining('eventId') });
  });

  it('names the payload field that breaks the contract', () => {
    const decoded = decodeMessage(bytes(envelope({ payload: { amount: 'five' } })), handlers);
    expect(decoded).toMatchObject({ kind: 'poison', reason: expect.stringMatching(/^invalid sample.happened payload: amount/) });
  });
});
