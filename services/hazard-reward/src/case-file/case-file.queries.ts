import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** What a report led to, as its case file links it: its archive record and its reward, when it has them. */
export interface CaseFileLinks {
  hazard: { status: string; close_out_workflow_id: string | null } | undefined;
  reward: { id: string; status: string; approval_workflow_id: string | null } | undefined;
}

/** The case file's read-only SQL: what a report led to. */
@Injectable()
export class CaseFileQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async linksOf(reportId: string): Promise<CaseFileLinks> {
    const [hazard]: NonNullable<CaseFileLinks['hazard']>[] = await this.dataSource.query(
      `SELECT status, close_out_workflow_id FROM hazards WHERE report_id = $1`,
      [reportId],
    );
    const [reward]: NonNullable<CaseFileLinks['reward']>[] = await this.dataSource.query(
      `SELECT id, status, approval_workflow_id FROM rewards WHERE report_id = $1`,
      [reportId],
    );
    return { hazard, reward };
  }
}
