import { Injectable } from '@nestjs/common';
import { AuditedCommand, Caller } from '@lc/platform';
import { PhotoIntake, type UploadedPhoto } from '../../../photos/photo-intake';
import { HazardArchive } from '../../hazard-archive';
import { HazardRepository } from '../../hazard.repository';
import { NotTheDesignatedUpdater } from '../../archive.errors';
import { RecordProgressRequestDto } from './record-progress.request.dto';

/**
 * The periodic update of an open hazard (专人定期填写), by the person its plan designates and nobody
 * else, with photos of the work if there are any. As with a report, the photos are checked, cleaned and
 * stored first, then the entry, the hazard's last update and the audit entry in one transaction.
 */
@Injectable()
export class RecordProgressService {
  constructor(
    private readonly commands: AuditedCommand,
    private readonly hazards: HazardRepository,
    private readonly archive: HazardArchive,
    private readonly photos: PhotoIntake,
  ) {}

  async execute(id: string, request: RecordProgressRequestDto, files: UploadedPhoto[] | undefined, caller: Caller): Promise<{ reportId: string; at: string; photos: number }> {
    // Who may post is known before any photo is decoded: nobody else's photos are stored.
    this.assertDesignated(await this.hazards.load(id), caller);
    const stored = await this.photos.accept(files ?? [], 'photos');
    const at = new Date();
    await this.commands.run(caller, async ({ tx, audit }) => {
      const hazard = await this.archive.lockOpen(tx, id, true);
      this.assertDesignated(hazard, caller);
      await this.hazards.addTimeline(tx, id, {
        kind: 'progress',
        actorUserId: caller.principal.userId,
        note: request.note,
        at,
        photos: stored.map(({ key, contentType, width, height, bytes }) => ({ key, contentType, width, height, bytes })),
      });
      await this.hazards.recordProgress(tx, id, at);
      await audit({
        action: 'hazard.progress',
        entity: { type: 'hazard', id, orgUnitId: hazard.enterprise_unit_id, orgPath: hazard.enterprise_path },
        after: { note: request.note, photos: stored.length },
      });
    });
    return { reportId: id, at: at.toISOString(), photos: stored.length };
  }

  private assertDesignated(hazard: { report_id: string; updater_user_id: string | null }, caller: Caller): void {
    if (hazard.updater_user_id !== caller.principal.userId) {
      throw new NotTheDesignatedUpdater(hazard.report_id, hazard.updater_user_id);
    }
  }
}
