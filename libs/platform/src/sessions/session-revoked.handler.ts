import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventEnvelope, SessionRevokedV1, sessionRevokedV1 } from '@lc/contracts';
import { EventHandler } from '@lc/messaging';
import { afterTransaction } from '../database/transaction-guard';
import { recordRevokedSessions } from './record-revoked-sessions';
import { RevokedSessions } from './revoked-sessions';

/** Keeps ended sessions in the service's table and, once that commits, in the access guard's memory. */
@Injectable()
export class SessionRevokedHandler implements EventHandler<SessionRevokedV1> {
  readonly contract = sessionRevokedV1;

  constructor(private readonly revoked: RevokedSessions) {}

  async handle(event: EventEnvelope<SessionRevokedV1>, tx: EntityManager): Promise<void> {
    await recordRevokedSessions(tx, event.payload);
    await afterTransaction(() => this.revoked.reload());
  }
}
