import { Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { EntityManager } from 'typeorm';
import { EventEnvelope, rewardIssuedV1, RewardIssuedV1 } from '@lc/contracts';
import { errorMessage, EventHandler } from '@lc/messaging';
import { RewardPaymentStarter } from './reward-payment.starter';

/**
 * The fast path to payment: starts the reward's payment workflow as soon as it is issued. When
 * Temporal cannot be reached the event is not failed (it would end in the dead-letter topic): the
 * reward stays without payment_started_at and the workflow sweep starts it later.
 */
@Injectable()
export class RewardIssuedHandler implements EventHandler<RewardIssuedV1> {
  readonly contract = rewardIssuedV1;

  constructor(
    private readonly starter: RewardPaymentStarter,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext('RewardIssuedHandler');
  }

  async handle(event: EventEnvelope<RewardIssuedV1>, tx: EntityManager): Promise<void> {
    try {
      await this.starter.start(event.payload.rewardId);
    } catch (err) {
      this.logger.warn({ rewardId: event.payload.rewardId, err: errorMessage(err) }, 'payment workflow not started; the sweep will start it');
      return;
    }
    await tx.query(`UPDATE rewards SET payment_started_at = now() WHERE id = $1 AND payment_started_at IS NULL`, [event.payload.rewardId]);
  }
}
