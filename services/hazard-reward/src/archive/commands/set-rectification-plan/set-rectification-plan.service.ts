import { Inject, Injectable, Logger } from '@nestjs/common';
import { isSelfOrDescendant } from '@lc/org';
import { AuditedCommand, Caller, OrgDirectory, SERVICE_CONFIG, UserDirectory, WorkflowOutbox } from '@lc/platform';
import {
  rectificationDeadlineChangedSignal,
  RectificationTimerInput,
  rectificationTimerWorkflowId,
  rectificationTimerWorkflowType,
  TaskQueues,
} from '@lc/workflows';
import type { HazardRewardConfig } from '../../../config/hazard-reward-config';
import { HazardArchive } from '../../hazard-archive';
import { HazardRepository } from '../../hazard.repository';
import { hazardView } from '../../hazard.row';
import { SetRectificationPlanRequestDto } from './set-rectification-plan.request.dto';
import { DeadlineGivenTwice, DeadlineNotInFuture, UpdaterNotEligible } from '../../archive.errors';
import { rectificationDeadline } from '../../queries/preview-rectification-deadline/preview-rectification-deadline.http.controller';

/**
 * Sets or revises the rectification plan of an open hazard. The first plan starts the hazard's timer;
 * a revised deadline moves it (reminder and overdue start over for the new deadline). The timer is
 * told in the plan's transaction, through the workflow outbox: it never runs for a plan that was not
 * saved, and never misses one that was.
 */
@Injectable()
export class SetRectificationPlanService {
  private readonly logger = new Logger(SetRectificationPlanService.name);

  constructor(
    private readonly commands: AuditedCommand,
    private readonly hazards: HazardRepository,
    private readonly archive: HazardArchive,
    private readonly users: UserDirectory,
    private readonly directory: OrgDirectory,
    private readonly workflows: WorkflowOutbox,
    @Inject(SERVICE_CONFIG) private readonly config: HazardRewardConfig,
  ) {}

  async execute(hazardId: string, request: SetRectificationPlanRequestDto, caller: Caller) {
    const current = await this.archive.loadInScope(hazardId, caller, 'write');
    const deadline = this.deadlineOf(request);
    if (deadline.getTime() <= Date.now()) throw new DeadlineNotInFuture();
    await this.assertUpdater(request.updaterUserId, current.enterprise_path);

    const saved = await this.commands.run(caller, async ({ tx, audit }) => {
      const hazard = await this.archive.lockOpen(tx, hazardId);
      const row = await this.hazards.savePlan(tx, hazardId, {
        measures: request.measures.trim(),
        deadline,
        responsibleUnit: request.responsibleUnit.trim(),
        responsiblePerson: request.responsiblePerson.trim(),
        responsiblePhone: request.responsiblePhone ?? null,
        interimMeasures: request.interimMeasures.trim(),
        updaterUserId: request.updaterUserId,
      });
      const kind = hazard.plan_version === 0 ? 'plan-set' : 'plan-revised';
      await this.hazards.addTimeline(tx, hazardId, { kind, actorUserId: caller.principal.userId, deadline, note: request.measures });
      await audit({
        action: `hazard.${kind}`,
        entity: { type: 'hazard', id: hazardId, orgUnitId: hazard.enterprise_unit_id, orgPath: hazard.enterprise_path },
        before: hazard.plan_version === 0 ? undefined : { deadline: hazard.deadline?.toISOString(), updaterUserId: hazard.updater_user_id },
        after: { ...request },
      });
      await this.workflows.signalWithStart(tx, {
        workflowType: rectificationTimerWorkflowType,
        workflowId: rectificationTimerWorkflowId(hazardId),
        taskQueue: TaskQueues.hazardReward,
        args: [{ hazardId, deadline: deadline.toISOString(), ...this.reminder() }],
        signal: rectificationDeadlineChangedSignal.name,
        signalArgs: [deadline.toISOString()],
        // A plan revised after its timer ended (it closed) starts a new one.
        idReuse: 'after-close',
      });
      return row;
    });
    return hazardView(saved);
  }

  /** 整改时限: the instant given, or the end of the last of the working days given, from today (China). */
  private deadlineOf(request: SetRectificationPlanRequestDto): Date {
    if (request.deadlineWorkingDays === undefined) return new Date(request.deadline as string);
    if (request.deadline !== undefined) throw new DeadlineGivenTwice();
    const period = rectificationDeadline(request.deadlineWorkingDays, new Date());
    if (!period.official) this.logger.warn(`a rectification deadline of ${period.workingDays} working days ends ${period.lastDay}, beyond the official calendar installed: counted Monday to Friday`);
    return new Date(period.deadline);
  }

  /** The reminder ahead of the deadline: in working days by the official calendar, or seconds when set (short runs). */
  private reminder(): Pick<RectificationTimerInput, 'remindBeforeSeconds' | 'remindBeforeWorkingDays'> {
    const seconds = this.config.HAZARD_REMINDER_BEFORE_SECONDS;
    if (seconds !== undefined) return { remindBeforeSeconds: seconds };
    const days = this.config.HAZARD_REMINDER_BEFORE_WORKING_DAYS;
    return { remindBeforeWorkingDays: days, remindBeforeSeconds: days * 24 * 3600 };
  }

  /** The designated person is an active user at the enterprise or under it (a team). */
  private async assertUpdater(userId: string, enterprisePath: string): Promise<void> {
    const user = await this.users.find(userId);
    if (!user || !user.active) throw new UpdaterNotEligible(`there is no active user '${userId}'`, '没有这个在职用户');
    const unit = await this.directory.find(user.orgUnitId);
    if (!unit || !isSelfOrDescendant(unit.path, enterprisePath)) {
      throw new UpdaterNotEligible(
        `${user.displayName} works at ${user.orgUnitId}, not at the hazard's enterprise; designate someone there`,
        `${user.displayName} 不在隐患所在企业工作，请指定该企业的人员`,
      );
    }
  }
}
