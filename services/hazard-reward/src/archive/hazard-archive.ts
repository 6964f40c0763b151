import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Caller, ScopeChecker } from '@lc/platform';
import { HazardRow } from './hazard-row';
import { ArchivedHazardNotFound, HazardNotOpen } from './archive.errors';

/** Loads archived hazards, checks the caller's scope on them, and appends to their timeline. */
@Injectable()
export class HazardArchive {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ScopeChecker,
  ) {}

  async load(reportId: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<HazardRow> {
    const [row]: HazardRow[] = await manager.query(`SELECT * FROM hazards WHERE report_id = $1 ${lock ? 'FOR UPDATE' : ''}`, [reportId]);
    if (!row) throw new ArchivedHazardNotFound(reportId);
    return row;
  }

  /** The designated person reads the hazard they report on, wherever their unit is. */
  async loadInScope(reportId: string, caller: Caller, action: 'read' | 'write'): Promise<HazardRow> {
    const row = await this.load(reportId);
    if (action === 'read' && row.updater_user_id === caller.principal.userId) return row;
    await this.scope.assert(caller, action, { orgPath: row.enterprise_path });
    return row;
  }

  /** Locks the hazard and refuses a closed one (or one whose close-out is being approved, when asked). */
  async lockOpen(tx: EntityManager, reportId: string, allowPendingCloseOut = false): Promise<HazardRow> {
    const row = await this.load(reportId, tx, true);
    if (row.status === 'closed') throw HazardNotOpen.closed(reportId, row.closed_at);
    if (row.status === 'close_out_pending' && !allowPendingCloseOut) {
      throw HazardNotOpen.closingOut(reportId, row.close_out_workflow_id);
    }
    return row;
  }

  async addTimeline(
    tx: EntityManager,
    reportId: string,
    entry: { kind: string; actorUserId?: string | null; note?: string | null; deadline?: Date | null; at?: Date; photos?: readonly TimelinePhoto[] },
  ): Promise<boolean> {
    const inserted: unknown[] = await tx.query(
      `INSERT INTO hazard_timeline (report_id, kind, actor_user_id, note, deadline, at, photos) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT DO NOTHING RETURNING id`,
      [reportId, entry.kind, entry.actorUserId ?? null, entry.note ?? null, entry.deadline ?? null, entry.at ?? new Date(), JSON.stringify(entry.photos ?? [])],
    );
    return inserted.length > 0;
  }

  /**
   * The progress photos of a hazard in the order they were posted, numbered from 1 over its whole
   * timeline (an entry's photos keep their numbers, since entries are only ever added).
   */
  async progressPhotos(reportId: string): Promise<TimelinePhoto[]> {
    const rows: { photos: TimelinePhoto[] }[] = await this.dataSource.query(
      `SELECT photos FROM hazard_timeline WHERE report_id = $1 AND jsonb_array_length(photos) > 0 ORDER BY id`,
      [reportId],
    );
    return rows.flatMap((r) => r.photos);
  }
}

/** A photo on a timeline entry, as stored (the key is the SHA-256 of the cleaned bytes). */
export interface TimelinePhoto {
  key: string;
  contentType: string;
  width: number;
  height: number;
  bytes: number;
}
