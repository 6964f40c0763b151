import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { EventEnvelope, SessionRevokedV1, sessionRevokedV1 } from '@lc/contracts';
import { InboxContext, InboxEvent } from '../messaging/inbox-event.decorator';
import { afterTransaction } from '../database/transaction-guard';
import { recordRevokedSessions } from './record-revoked-sessions';
import { RevokedSessions } from './revoked-sessions';

/** Keeps ended sessions in the service's table and, once that commits, in the access guard's memory. */
@Controller()
export class SessionRevokedHandler {
  constructor(private readonly revoked: RevokedSessions) {}

  @InboxEvent(sessionRevokedV1, { consumer: 'sessions' })
  async handle(@Payload() event: EventEnvelope<SessionRevokedV1>, @Ctx() { tx }: InboxContext): Promise<void> {
    await recordRevokedSessions(tx, event.payload);
    await afterTransaction(() => this.revoked.reload());
  }
}
