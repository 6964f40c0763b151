import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { WorkflowSweep, WorkflowSweeper } from '../../workflow-sweep';
import { RectificationTimers } from './rectification-timers';

/** Timers whose start, move or end did not reach Temporal (or happened inside an approval's outcome). */
@Injectable()
export class RectificationTimersSweep implements WorkflowSweep, OnModuleInit {
  readonly name = 'rectification timers';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sweeper: WorkflowSweeper,
    private readonly timers: RectificationTimers,
  ) {}

  onModuleInit(): void {
    this.sweeper.register(this);
  }

  async sweep(): Promise<number> {
    let done = 0;
    const moved: { report_id: string; deadline: Date }[] = await this.dataSource.query(
      `SELECT report_id, deadline FROM hazards
        WHERE status <> 'closed' AND deadline IS NOT NULL AND timer_deadline IS DISTINCT FROM deadline AND updated_at < now() - interval '5 seconds'
        LIMIT 200`,
    );
    for (const hazard of moved) if (await this.timers.syncDeadline(hazard.report_id, hazard.deadline)) done++;
    const closed: { report_id: string }[] = await this.dataSource.query(
      `SELECT report_id FROM hazards WHERE status = 'closed' AND timer_closed_at IS NULL AND plan_version > 0 LIMIT 200`,
    );
    for (const hazard of closed) if (await this.timers.syncClosed(hazard.report_id)) done++;
    return done;
  }
}
