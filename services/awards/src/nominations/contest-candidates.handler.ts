import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';
import { EventEnvelope, skillsContestSignedOffV1, SkillsContestSignedOffV1 } from '@lc/contracts';
import { chinaYearOf, InboxContext, InboxEvent } from '@lc/platform';

/**
 * A signed-off skills contest makes its top-ranked contestants candidates (优先推荐) for the honour the
 * contest recommends for (PUT /skills-contests/{id}/honour), once per contest and person.
 */
@Controller()
export class ContestCandidatesHandler {
  @InboxEvent(skillsContestSignedOffV1, { consumer: 'assessment-results' })
  async handle(@Payload() { payload: contest, occurredAt }: EventEnvelope<SkillsContestSignedOffV1>, @Ctx() { tx }: InboxContext): Promise<void> {
    const [config]: { honour_code: string; conferring_unit_id: string; top_ranks: number; conferring_path: string | null }[] = await tx.query(
      `SELECT c.honour_code, c.conferring_unit_id, c.top_ranks, u.path AS conferring_path
         FROM contest_honours c LEFT JOIN org_tree_units u ON u.id = c.conferring_unit_id WHERE c.skills_contest_id = $1`,
      [contest.contestId],
    );
    if (!config?.conferring_path) return;
    const year = chinaYearOf(new Date(occurredAt));
    for (const result of contest.results.filter((r) => r.rank <= config.top_ranks && r.unitPath.startsWith(`${config.conferring_path}/`))) {
      // The contestant's unit where it is now (a sign-off read after a move keeps no old path).
      await tx.query(
        `INSERT INTO nominations (id, honour_code, year, conferring_unit_id, conferring_path, nominee_kind, nominee_id, nominee_name, nominee_unit_id,
                                  nominee_path, source, priority, competition_id, skills_contest_id, material, status, created_by)
         VALUES ($1, $2, $3, $4, $5, 'person', $6, $7, $8, COALESCE((SELECT path FROM org_tree_units WHERE id = $8), $9), 'assessment', true, $10, $11, $12, 'candidate', 'system:awards')
         ON CONFLICT DO NOTHING`,
        [
          randomUUID(),
          config.honour_code,
          year,
          config.conferring_unit_id,
          config.conferring_path,
          result.userId,
          result.displayName,
          result.unitId,
          result.unitPath,
          contest.competitionId,
          contest.contestId,
          `${contest.name}（${contest.trade}）第 ${result.rank} 名，最终得分 ${result.finalScore}`,
        ],
      );
    }
  }
}
