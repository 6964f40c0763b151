import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  CompetitionAcknowledgementActivities,
  CompetitionAcknowledgementInput,
  CompetitionAcknowledgementResult,
} from '@lc/workflows';

/** Activities of the acknowledgement workflow; idempotent, since Temporal may run one more than once. */
@Injectable()
export class CompetitionAcknowledgementActivitiesService implements CompetitionAcknowledgementActivities {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async recordCompetitionAcknowledgement(input: CompetitionAcknowledgementInput): Promise<CompetitionAcknowledgementResult> {
    const reference = `REG-${new Date().getUTCFullYear()}-${input.competitionId.slice(0, 6).toUpperCase()}`;
    // COALESCE keeps the first acknowledgement when the activity is retried.
    const [[row]] = await this.dataSource.query(
      `UPDATE competitions
          SET acknowledgement_ref = COALESCE(acknowledgement_ref, $2),
              acknowledged_at = COALESCE(acknowledged_at, now())
        WHERE id = $1
        RETURNING acknowledgement_ref, acknowledged_at`,
      [input.competitionId, reference],
    );
    if (!row) throw new Error(`competition ${input.competitionId} does not exist`);
    return {
      competitionId: input.competitionId,
      reference: row.acknowledgement_ref,
      acknowledgedAt: new Date(row.acknowledged_at).toISOString(),
    };
  }
}
