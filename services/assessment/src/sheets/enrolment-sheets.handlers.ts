import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { EnrolmentCreatedV1, enrolmentCreatedV1, EnrolmentWithdrawnV1, enrolmentWithdrawnV1, EventEnvelope } from '@lc/contracts';
import { InboxContext, InboxEvent } from '@lc/platform';
import { SheetOpener } from './sheet-opener';

/** A unit enrolling in a competition whose assessment is configured gets its sheet (consumer group assessment.sheets). */
@Controller()
export class EnrolmentOpensSheetHandler {
  constructor(private readonly opener: SheetOpener) {}

  @InboxEvent(enrolmentCreatedV1, { consumer: 'sheets' })
  async handle(@Payload() { payload: e }: EventEnvelope<EnrolmentCreatedV1>, @Ctx() { tx }: InboxContext): Promise<void> {
    await this.opener.lockCompetition(tx, e.competitionId);
    await tx.query(
      `INSERT INTO assessment_enrolled_units (competition_id, unit_id, unit_path, unit_kind) VALUES ($1, $2, $3, $4)
       ON CONFLICT (competition_id, unit_id) DO UPDATE SET unit_path = EXCLUDED.unit_path, unit_kind = EXCLUDED.unit_kind, withdrawn = false`,
      [e.competitionId, e.unitId, e.orgPath, e.unitKind],
    );
    const [config]: { template_id: string }[] = await tx.query(`SELECT template_id FROM competition_assessments WHERE competition_id = $1`, [e.competitionId]);
    // Not configured yet: configuring later opens sheets for every unit recorded above by then.
    if (!config) return;
    await this.opener.open(tx, e.competitionId, config.template_id, [{ unitId: e.unitId, orgPath: e.orgPath, unitKind: e.unitKind }]);
  }
}

/** A withdrawn unit's sheet is withdrawn with it, unless it was already finalised (a result stays a result). */
@Controller()
export class WithdrawalClosesSheetHandler {
  constructor(private readonly opener: SheetOpener) {}

  @InboxEvent(enrolmentWithdrawnV1, { consumer: 'sheets' })
  async handle(@Payload() { payload: e }: EventEnvelope<EnrolmentWithdrawnV1>, @Ctx() { tx }: InboxContext): Promise<void> {
    await this.opener.lockCompetition(tx, e.competitionId);
    await tx.query(`UPDATE assessment_enrolled_units SET withdrawn = true WHERE competition_id = $1 AND unit_id = $2`, [e.competitionId, e.unitId]);
    await tx.query(
      `UPDATE assessment_sheets SET status = 'withdrawn', updated_at = now()
        WHERE competition_id = $1 AND unit_id = $2 AND status <> 'finalised'`,
      [e.competitionId, e.unitId],
    );
  }
}

export const enrolmentSheetHandlers = [EnrolmentOpensSheetHandler, WithdrawalClosesSheetHandler];
