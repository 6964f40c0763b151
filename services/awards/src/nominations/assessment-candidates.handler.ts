import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';
import { AssessmentCompletedV1, assessmentCompletedV1, EventEnvelope } from '@lc/contracts';
import { chinaYearOf, InboxContext, InboxEvent } from '@lc/platform';

/**
 * A passing result of a competition's assessment makes its unit a candidate (优先推荐) for the honour
 * the competition recommends for (PUT /competitions/{id}/honour), once per result. A union cadre then
 * submits the candidates it puts forward.
 */
@Controller()
export class AssessmentCandidatesHandler {
  @InboxEvent(assessmentCompletedV1, { consumer: 'assessment-results' })
  async handle(@Payload() { payload: r, occurredAt }: EventEnvelope<AssessmentCompletedV1>, @Ctx() { tx }: InboxContext): Promise<void> {
    if (!r.passed) return;
    const [config]: {
      honour_code: string;
      conferring_unit_id: string;
      nominee_kind: string;
      conferring_path: string | null;
      unit_name: string | null;
      unit_path: string | null;
    }[] =
      await tx.query(
        `SELECT c.honour_code, c.conferring_unit_id, h.nominee_kind, cu.path AS conferring_path, u.name AS unit_name, u.path AS unit_path
           FROM competition_honours c JOIN honours h ON h.code = c.honour_code
           LEFT JOIN org_tree_units cu ON cu.id = c.conferring_unit_id LEFT JOIN org_tree_units u ON u.id = $2
          WHERE c.competition_id = $1`,
        [r.competitionId, r.unitId],
      );
    // Only units of the kind the honour goes to: an enterprise's result does not make a team honour.
    const kind = r.level === 'team' ? 'team' : 'unit';
    if (!config || config.nominee_kind !== kind || !config.conferring_path) return;
    await tx.query(
      `INSERT INTO nominations (id, honour_code, year, conferring_unit_id, conferring_path, nominee_kind, nominee_id, nominee_name, nominee_unit_id,
                                nominee_path, source, priority, competition_id, material, status, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $7, $9, 'assessment', true, $10, $11, 'candidate', 'system:awards')
       ON CONFLICT DO NOTHING`,
      [
        randomUUID(),
        config.honour_code,
        chinaYearOf(new Date(occurredAt)),
        config.conferring_unit_id,
        config.conferring_path,
        kind,
        r.unitId,
        config.unit_name ?? r.unitId,
        // Where the unit is now: a result published before a move and read after it keeps no old path.
        config.unit_path ?? r.unitPath,
        r.competitionId,
        `年末考核 ${r.score}/${r.maxScore} 分，第 ${r.rank} 名（共 ${r.rankedAmong}），合格`,
      ],
    );
  }
}
