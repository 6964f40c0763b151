import { DynamicModule, Inject, Module, OnModuleInit } from '@nestjs/common';
import { workflowCode } from '@lc/workflows';
import { TemporalWorkerHost } from '../temporal/temporal-worker.host';
import { ApprovalTransitionRecorder } from './approval-transition.recorder';
import { ApprovalsHttpController } from './approvals.http.controller';
import { APPROVALS_TASK_QUEUE, ApprovalsService } from './approvals.service';

/**
 * A service that owns items to approve imports this with its task queue, and provides an
 * ApproverDirectory. Its worker runs the approval chain workflow and this module's recording activity.
 */
@Module({})
export class ApprovalsModule implements OnModuleInit {
  constructor(
    private readonly workers: TemporalWorkerHost,
    private readonly recorder: ApprovalTransitionRecorder,
    @Inject(APPROVALS_TASK_QUEUE) private readonly taskQueue: string,
  ) {}

  static forService(options: { taskQueue: string }): DynamicModule {
    return {
      module: ApprovalsModule,
      global: true,
      controllers: [ApprovalsHttpController],
      providers: [{ provide: APPROVALS_TASK_QUEUE, useValue: options.taskQueue }, ApprovalsService, ApprovalTransitionRecorder],
      exports: [ApprovalsService, ApprovalTransitionRecorder],
    };
  }

  onModuleInit(): void {
    this.workers.addWorker({
      taskQueue: this.taskQueue,
      workflows: workflowCode(),
      activities: { recordApprovalTransition: this.recorder.recordApprovalTransition.bind(this.recorder) },
    });
  }
}
