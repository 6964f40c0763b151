import { Injectable } from '@nestjs/common';
import { assessmentCompletedV1 } from '@lc/contracts';
import { AuditedCommand, Caller } from '@lc/platform';
import { AssessmentResultRepository } from './assessment-result.repository';
import { CompetitionResults } from './competition-results';

/**
 * Publishes a competition's results: one assessment.completed per finalised sheet, with its rank in
 * its level. Publishing again emits only what changed (a corrected revision, a rank moved by it):
 * each (unit, revision, rank, out of) is recorded once.
 */
@Injectable()
export class ResultsPublisher {
  constructor(
    private readonly commands: AuditedCommand,
    private readonly results: CompetitionResults,
    private readonly published: AssessmentResultRepository,
  ) {}

  async publish(competitionId: string, organiser: { id: string; path: string }, caller: Caller): Promise<{ published: number; unchanged: number }> {
    return this.commands.run(caller, async ({ tx, audit, publish }) => {
      await this.published.lockCompetition(tx, competitionId);
      const ranked = await this.results.ranked(competitionId, tx);
      const publishedAt = new Date();
      let published = 0;
      for (const r of ranked) {
        if (!(await this.published.recordNew(tx, competitionId, r, publishedAt))) continue;
        published++;
        await publish(assessmentCompletedV1, {
          aggregateId: `${competitionId}:${r.unitId}`,
          orgUnitId: r.unitId,
          occurredAt: publishedAt,
          payload: {
            competitionId,
            unitId: r.unitId,
            unitPath: r.unitPath,
            level: r.level,
            sheetId: r.sheetId,
            revision: r.revision,
            templateCode: r.templateCode,
            templateVersion: r.templateVersion,
            score: r.score,
            maxScore: r.maxScore,
            passed: r.passed,
            rank: r.rank,
            rankedAmong: r.rankedAmong,
            publishedAt: publishedAt.toISOString(),
          },
        });
      }
      await audit({
        action: 'assessment-results.published',
        entity: { type: 'competition', id: competitionId, orgUnitId: organiser.id, orgPath: organiser.path },
        after: { published, unchanged: ranked.length - published },
      });
      return { published, unchanged: ranked.length - published };
    });
  }
}
