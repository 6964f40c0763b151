import { Module, OnModuleInit } from '@nestjs/common';
import { TemporalWorkerHost } from '@lc/platform';
import { PhotosModule } from '../photos/photos.module';
import { PhotoUploadInterceptor } from '../reports/commands/report-hazard/photo-upload.interceptor';
import { TaskQueues, workflowCode } from '@lc/workflows';
import { UnitInScope } from '../unit-in-scope';
import { CloseOutApproval } from './close-out/close-out-approval';
import { CloseOutApprovalOutcome } from './close-out/close-out.approval-outcome';
import { HazardCloser } from './close-out/hazard-closer';
import { RecordProgressHttpController } from './commands/record-progress/record-progress.http.controller';
import { RecordProgressService } from './commands/record-progress/record-progress.service';
import { SetRectificationPlanHttpController } from './commands/set-rectification-plan/set-rectification-plan.http.controller';
import { SetRectificationPlanService } from './commands/set-rectification-plan/set-rectification-plan.service';
import { VerifyRectificationHttpController } from './commands/verify-rectification/verify-rectification.http.controller';
import { VerifyRectificationService } from './commands/verify-rectification/verify-rectification.service';
import { HazardArchive } from './hazard-archive';
import { HazardRepository } from './hazard.repository';
import { ArchiveQueries } from './archive.queries';
import { GetHazardHttpController } from './queries/get-hazard/get-hazard.http.controller';
import { ListHazardsHttpController } from './queries/list-hazards/list-hazards.http.controller';
import { ListUpdaterCandidatesHttpController } from './queries/list-updater-candidates/list-updater-candidates.http.controller';
import { PreviewRectificationDeadlineHttpController } from './queries/preview-rectification-deadline/preview-rectification-deadline.http.controller';
import { RectificationTimerRecorder } from './timer/rectification-timer.recorder';

/** The hazard archive (隐患档案): plans, progress, the durable timer, verification and close-out (销号). */
@Module({
  imports: [PhotosModule],
  controllers: [
    ListHazardsHttpController,
    GetHazardHttpController,
    ListUpdaterCandidatesHttpController,
    PreviewRectificationDeadlineHttpController,
    SetRectificationPlanHttpController,
    RecordProgressHttpController,
    VerifyRectificationHttpController,
  ],
  providers: [
    UnitInScope,
    HazardArchive,
    HazardRepository,
    ArchiveQueries,
    HazardCloser,
    CloseOutApproval,
    CloseOutApprovalOutcome,
    RectificationTimerRecorder,
    SetRectificationPlanService,
    RecordProgressService,
    PhotoUploadInterceptor,
    VerifyRectificationService,
  ],
})
export class ArchiveModule implements OnModuleInit {
  constructor(
    private readonly workers: TemporalWorkerHost,
    private readonly recorder: RectificationTimerRecorder,
  ) {}

  onModuleInit(): void {
    this.workers.addWorker({
      taskQueue: TaskQueues.hazardReward,
      workflows: workflowCode(TaskQueues.hazardReward),
      activities: { recordRectificationTimerEvent: this.recorder.recordRectificationTimerEvent.bind(this.recorder) },
    });
  }
}
