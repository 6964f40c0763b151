import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { UserStateV1 } from '@lc/contracts';

/** Something a service does when its copy of a user changes, in the same transaction (e.g. a chain that had nobody to decide). */
export interface UserDirectoryListener {
  onUserApplied(tx: EntityManager, user: UserStateV1): Promise<void>;
}

/**
 * The listeners of the users read model. They run in the transaction that applies the user, after
 * it is written, so they see the user as a decider; a failure rolls the event back and it is retried.
 */
@Injectable()
export class UserDirectoryListeners {
  private readonly listeners: UserDirectoryListener[] = [];

  add(listener: UserDirectoryListener): void {
    this.listeners.push(listener);
  }

  async applied(tx: EntityManager, user: UserStateV1): Promise<void> {
    for (const listener of this.listeners) await listener.onUserApplied(tx, user);
  }
}
