import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { assessmentCompletedV1 } from '@lc/contracts';
import { OutboxPublisher } from '@lc/messaging';
import { auditActorOf, Caller } from '@lc/platform';
import { CompetitionResults } from './competition-results';

/**
 * Publishes a competition's results: one assessment.completed per finalised sheet, with its rank in
 * its level. Publishing again emits only what changed (a corrected revision, a rank moved by it):
 * each (unit, revision, rank, out of) is recorded once.
 */
@Injectable()
export class ResultsPublisher {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly results: CompetitionResults,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditTrail,
  ) {}

  async publish(competitionId: string, organiser: { id: string; path: string }, caller: Caller): Promise<{ published: number; unchanged: number }> {
    return this.dataSource.transaction(async (tx) => {
      // One publication at a time per competition, so two cannot both find a row new.
      await tx.query(`SELECT 1 FROM competition_assessments WHERE competition_id = $1 FOR UPDATE`, [competitionId]);
      const ranked = await this.results.ranked(competitionId, tx);
      const publishedAt = new Date();
      let published = 0;
      for (const r of ranked) {
        const inserted: unknown[] = await tx.query(
          `INSERT INTO assessment_results (competition_id, unit_id, revision, rank, ranked_among, score, passed, published_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING unit_id`,
          [competitionId, r.unitId, r.revision, r.rank, r.rankedAmong, r.score, r.passed, publishedAt],
        );
        if (inserted.length === 0) continue;
        published++;
        await this.outbox.publish(tx, assessmentCompletedV1, {
          aggregateId: `${competitionId}:${r.unitId}`,
          orgUnitId: r.unitId,
          correlationId: caller.correlationId,
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
      await this.audit.append(tx, {
        actor: auditActorOf(caller),
        action: 'assessment-results.published',
        entity: { type: 'competition', id: competitionId, orgUnitId: organiser.id, orgPath: organiser.path },
        after: { published, unchanged: ranked.length - published },
        correlationId: caller.correlationId,
      });
      return { published, unchanged: ranked.length - published };
    });
  }
}
