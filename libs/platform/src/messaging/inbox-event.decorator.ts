import { applyDecorators, ArgumentsHost, Catch, RpcExceptionFilter, UseFilters } from '@nestjs/common';
import { BaseRpcContext, EventPattern } from '@nestjs/microservices';
import { Observable, throwError } from 'rxjs';
import { EntityManager } from 'typeorm';
import { contractKey, EventContract } from '@lc/contracts';

/** The transport id of the inbox: `@InboxEvent` handlers are registered with the inbox transport only. */
export const INBOX_TRANSPORT = Symbol('INBOX_TRANSPORT');

/** What an `@InboxEvent` handler's pattern carries besides its contract key. */
export interface InboxEventExtras {
  /** The consumer group's name within the service; the group is `<service>.<consumer>`. */
  consumer: string;
  contract: EventContract<unknown>;
}

/** The pattern of a contract: its type and version, e.g. `hazard.confirmed@v1`. */
export function inboxPattern(contract: EventContract<unknown>): string {
  return contractKey(contract.type, contract.version);
}

/**
 * The handler's context (`@Ctx()`): the transaction that records the event in the inbox. Every write
 * of the handler goes through `tx`, so the effect and the "handled" mark commit together.
 */
export class InboxContext extends BaseRpcContext<[EntityManager]> {
  constructor(tx: EntityManager) {
    super([tx]);
  }

  get tx(): EntityManager {
    return this.args[0];
  }
}

/**
 * Hands a handler's error to the inbox as it was thrown. Nest's default RPC filter would turn it into
 * "Internal server error", and the inbox could then neither tell an outage (retried for as long as it
 * lasts) from a failure of the event's own (retried, then dead-lettered with its message).
 */
@Catch()
export class InboxErrorPassThrough implements RpcExceptionFilter<unknown> {
  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => exception);
  }
}

/**
 * Declares an event handler, as `@EventPattern` does, for one contract and one consumer group of the
 * service, e.g. `@InboxEvent(hazardConfirmedV1, { consumer: 'rewards' })` in hazard-reward consumes
 * as the group `hazard-reward.rewards`. The method takes `@Payload() event: EventEnvelope<P>` and
 * `@Ctx() ctx: InboxContext`, and runs inside the inbox transaction (see InboxTransport).
 */
export function InboxEvent<P>(contract: EventContract<P>, options: { consumer: string }): MethodDecorator {
  const extras: InboxEventExtras = { consumer: options.consumer, contract: contract as EventContract<unknown> };
  return applyDecorators(EventPattern(inboxPattern(contract as EventContract<unknown>), INBOX_TRANSPORT, extras), UseFilters(InboxErrorPassThrough));
}
