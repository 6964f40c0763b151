import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  CompetitionStatusChangedV1,
  competitionStatusChangedV1,
  EnrolmentCreatedV1,
  enrolmentCreatedV1,
  EnrolmentWithdrawnV1,
  enrolmentWithdrawnV1,
  EventEnvelope,
} from '@lc/contracts';
import { InboxContext, InboxEvent } from '../messaging/inbox-event.decorator';

@Controller()
export class EnrolmentCreatedHandler {
  @InboxEvent(enrolmentCreatedV1, { consumer: 'participation' })
  async handle(@Payload() { payload: e }: EventEnvelope<EnrolmentCreatedV1>, @Ctx() { tx }: InboxContext): Promise<void> {
    // A withdrawal never arrives before its enrolment (one key, one partition): insert, never revive.
    // The path is the unit's in this service's copy of the tree when it knows the unit: an enrolment
    // sent before a move and applied after it must not bring the old path back.
    await tx.query(
      `INSERT INTO participation_enrolments (enrolment_id, competition_id, unit_id, enterprise_unit_id, unit_kind, org_path, participants, status)
       VALUES ($1, $2, $3, $4, $5, COALESCE((SELECT path FROM org_tree_units WHERE id = $3), $6), $7, 'enrolled')
       ON CONFLICT (enrolment_id) DO NOTHING`,
      [e.enrolmentId, e.competitionId, e.unitId, e.enterpriseUnitId, e.unitKind, e.orgPath, e.participants],
    );
  }
}

@Controller()
export class EnrolmentWithdrawnHandler {
  @InboxEvent(enrolmentWithdrawnV1, { consumer: 'participation' })
  async handle(@Payload() { payload: e }: EventEnvelope<EnrolmentWithdrawnV1>, @Ctx() { tx }: InboxContext): Promise<void> {
    await tx.query(`UPDATE participation_enrolments SET status = 'withdrawn', updated_at = now() WHERE enrolment_id = $1`, [e.enrolmentId]);
  }
}

@Controller()
export class CompetitionStatusChangedHandler {
  @InboxEvent(competitionStatusChangedV1, { consumer: 'participation' })
  async handle(@Payload() { payload: e }: EventEnvelope<CompetitionStatusChangedV1>, @Ctx() { tx }: InboxContext): Promise<void> {
    await tx.query(
      `INSERT INTO participation_competition_status (competition_id, status, organiser_unit_id) VALUES ($1, $2, $3)
       ON CONFLICT (competition_id) DO UPDATE SET status = EXCLUDED.status, organiser_unit_id = EXCLUDED.organiser_unit_id, updated_at = now()`,
      [e.competitionId, e.to, e.organiserOrgUnitId],
    );
  }
}

export const participationEventHandlers = [EnrolmentCreatedHandler, EnrolmentWithdrawnHandler, CompetitionStatusChangedHandler];
