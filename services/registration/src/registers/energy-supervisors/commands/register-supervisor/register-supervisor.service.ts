import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AccessDenialRecorder, ApprovalsService, AuditedCommand, Caller, formProblemsRefused, OrgDirectory, ScopeChecker } from '@lc/platform';
import { approvalChainWorkflowId } from '@lc/workflows';
import { ENERGY_SUPERVISOR, supervisorChain } from '../../supervisor-chain';
import { SupervisorForm, supervisorFormProblems } from '../../supervisor-form';
import { RegisterSupervisorRequestDto } from '../../supervisor-form.request.dto';
import { SupervisorRepository } from '../../supervisor.repository';
import { NotASupervisorsUnit, SupervisorAlreadyRegistered, UnitCannotTakeRegistrations, WorkerRegistersAtOwnUnit } from '../../supervisor.errors';

export interface RegisteredSupervisor {
  id: string;
  workflowId: string;
  steps: { stepId: string; title: string }[];
}

@Injectable()
export class RegisterSupervisorService {
  constructor(
    private readonly supervisors: SupervisorRepository,
    private readonly commands: AuditedCommand,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
    private readonly approvals: ApprovalsService,
    private readonly denials: AccessDenialRecorder,
  ) {}

  /**
   * Checks the form, records it and submits its four-box chain in one transaction; nothing stands if the
   * chain cannot start.
   * A worker registers at their own unit (the record is theirs); a team leader or a union cadre registers
   * someone at a unit in their subtree.
   */
  async execute(request: RegisterSupervisorRequestDto, caller: Caller): Promise<RegisteredSupervisor> {
    const { unitId, firstBoxOpinion, ...fields } = request;
    const form: SupervisorForm = fields;
    const problems = supervisorFormProblems(form);
    if (problems.length > 0) throw formProblemsRefused(problems);
    const unit = await this.directory.getReferenced(unitId, 'unitId');
    // A worker's registration of themselves is theirs, at their own unit; anywhere else it is not a worker's to make.
    const own = unit.id === caller.principal.orgUnitId;
    if (!own && caller.principal.roles.every((role) => role === 'worker')) {
      const refusal = new WorkerRegistersAtOwnUnit(caller.principal.orgUnitId, unit.id);
      await this.denials.record({ ...caller, reason: refusal.message });
      throw refusal;
    }
    await this.scope.assert(caller, 'write', { orgPath: unit.path, ...(own ? { ownerUserId: caller.principal.userId } : {}) });
    // What the unit is (its kind, whether it is active) is told only to those who may act on it.
    if (unit.kind !== 'team' && unit.kind !== 'enterprise_union') {
      throw new NotASupervisorsUnit(unitId, unit.kind);
    }
    if (!unit.active) throw UnitCannotTakeRegistrations.deactivated('unitId', unitId);
    const enterpriseUnitId = unit.kind === 'team' ? unit.parentId : unit.id;
    if (!enterpriseUnitId) throw UnitCannotTakeRegistrations.teamWithoutEnterprise(unitId);

    const id = randomUUID();
    const workflowId = approvalChainWorkflowId(ENERGY_SUPERVISOR, id);
    return this.commands.run(caller, async ({ tx, audit }) => {
      const live = await this.supervisors.liveOfMobile(tx, form.mobile);
      if (live) {
        throw new SupervisorAlreadyRegistered(form.mobile, live);
      }
      await this.supervisors.insertSubmitted(tx, { id, unitId: unit.id, enterpriseUnitId, form, workflowId, submittedBy: caller.principal.userId });
      await audit({
        action: 'energy-supervisor.submitted',
        entity: { type: ENERGY_SUPERVISOR, id, orgUnitId: unit.id, orgPath: unit.path },
        after: { unitId: unit.id, enterpriseUnitId, form, status: 'submitted' },
      });
      // A chain that cannot start (a box nobody can fill, no county above) refuses, and nothing stands.
      const { steps } = await this.approvals.submit(
        tx,
        { itemKind: ENERGY_SUPERVISOR, itemId: id, title: `节能减排义务监督员登记：${form.name}（${unit.name}）`, submitterUnitId: unit.id, ...supervisorChain, firstBoxOpinion },
        caller,
      );
      return { id, workflowId, steps: steps.map((s) => ({ stepId: s.stepId, title: s.title })) };
    }).catch((err: unknown) => {
      // Two registrations of one person at once: the second meets the unique index.
      if ((err as { code?: string }).code === '23505') throw new SupervisorAlreadyRegistered(form.mobile);
      throw err;
    });
  }
}
