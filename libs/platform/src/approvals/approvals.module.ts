import { DynamicModule, Inject, Module, OnModuleInit, Optional } from '@nestjs/common';
import { TaskQueue, workflowCode } from '@lc/workflows';
import { MovedPathRebaser } from '../org-tree/read-model/moved-path-rebaser';
import { TemporalWorkerHost } from '../temporal/temporal-worker.host';
import { approvalDelegationHandlers } from './approval-delegation.handlers';
import { ApprovalReadRules } from './approval-read-rules';
import { ApprovalTransitionRecorder } from './approval-transition.recorder';
import { ApprovalsHttpController } from './approvals.http.controller';
import { APPROVALS_TASK_QUEUE, ApprovalsService } from './approvals.service';

/**
 * A service that owns items to approve imports this with its task queue, and provides an
 * ApproverDirectory. Its worker runs the approval chain workflow and this module's recording activity;
 * its consumer applies the delegations granted in registration, so one grant holds in every service.
 */
@Module({})
export class ApprovalsModule implements OnModuleInit {
  constructor(
    private readonly workers: TemporalWorkerHost,
    private readonly recorder: ApprovalTransitionRecorder,
    @Inject(APPROVALS_TASK_QUEUE) private readonly taskQueue: TaskQueue,
    // With a copy of the tree it is the read model's; registration, which owns the tree, provides its
    // own and rebases it in the move's transaction. Optional for a service that stores no paths to follow.
    @Optional() private readonly storedPaths?: MovedPathRebaser,
  ) {}

  static forService(options: { service: string; taskQueue: TaskQueue }): DynamicModule {
    return {
      module: ApprovalsModule,
      global: true,
      controllers: [ApprovalsHttpController, ...approvalDelegationHandlers],
      providers: [
        { provide: APPROVALS_TASK_QUEUE, useValue: options.taskQueue },
        ApprovalsService,
        ApprovalTransitionRecorder,
        ApprovalReadRules,
      ],
      exports: [ApprovalsService, ApprovalTransitionRecorder, ApprovalReadRules],
    };
  }

  onModuleInit(): void {
    // Who may see an item is decided on the submitting unit's path: it follows moves of the tree.
    this.storedPaths?.register({ table: 'approval_items', column: 'submitter_org_path' });
    this.workers.addWorker({
      taskQueue: this.taskQueue,
      workflows: workflowCode(this.taskQueue),
      activities: { recordApprovalTransition: this.recorder.recordApprovalTransition.bind(this.recorder) },
    });
  }
}
