import type { IHeaders } from 'kafkajs';
import { contractKey, EventEnvelope, eventEnvelopeSchema } from '@lc/contracts';
import { InboxHandler } from './inbox-handler';

export type DecodedMessage =
  | { kind: 'event'; envelope: EventEnvelope; handler: InboxHandler }
  | { kind: 'ignored'; reason: string }
  | { kind: 'poison'; reason: string };

/**
 * Turns a Kafka message value into a validated event for one of the handlers.
 * Types this consumer does not handle are ignored (other consumers may); a message that cannot be
 * read, or whose payload breaks its contract, is poison and goes to the dead-letter topic.
 */
export function decodeMessage(
  value: Buffer | null,
  handlers: ReadonlyMap<string, InboxHandler>,
  headers?: IHeaders,
): DecodedMessage {
  // The relay names the type in the headers: a type no handler here takes is passed over unread.
  const type = headerText(headers?.['event-type']);
  const version = Number(headerText(headers?.['event-version']));
  if (type && Number.isInteger(version) && !handlers.has(contractKey(type, version))) return { kind: 'ignored', reason: `no handler for ${type} v${version}` };
  if (!value) return { kind: 'poison', reason: 'empty message value' };
  let json: unknown;
  try {
    json = JSON.parse(value.toString('utf8'));
  } catch {
    return { kind: 'poison', reason: 'message value is not JSON' };
  }
  const envelope = eventEnvelopeSchema.safeParse(json);
  if (!envelope.success) return { kind: 'poison', reason: `invalid envelope: ${describeIssues(envelope.error.issues)}` };
  const handler = handlers.get(contractKey(envelope.data.type, envelope.data.version));
  if (!handler) return { kind: 'ignored', reason: `no handler for ${envelope.data.type} v${envelope.data.version}` };
  const payload = handler.contract.payload.safeParse(envelope.data.payload);
  if (!payload.success) {
    return { kind: 'poison', reason: `invalid ${envelope.data.type} payload: ${describeIssues(payload.error.issues)}` };
  }
  return { kind: 'event', envelope: { ...envelope.data, payload: payload.data }, handler };
}

function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');
}

function headerText(value: IHeaders[string] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}
