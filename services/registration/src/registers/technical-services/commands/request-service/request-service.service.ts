import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ApprovalsService, AuditedCommand, Caller, formProblemsRefused, OrgDirectory, ScopeChecker } from '@lc/platform';
import { approvalChainWorkflowId } from '@lc/workflows';
import { TECHNICAL_SERVICE_REQUEST, technicalServiceChain } from '../../technical-service-chain';
import { TechnicalServiceForm, technicalServiceFormProblems } from '../../technical-service-form';
import { RequestTechnicalServiceRequestDto } from '../../technical-service.request.dto';
import { NotAnEnterprise } from '../../technical-service.errors';
import { TechnicalServiceRepository } from '../../technical-service.repository';
import { UnitCannotTakeRegistrations } from '../../../energy-supervisors/supervisor.errors';

export interface RequestedTechnicalService {
  id: string;
  workflowId: string;
  status: 'requested';
  steps: { stepId: string; title: string }[];
}

@Injectable()
export class RequestTechnicalServiceService {
  constructor(
    private readonly requests: TechnicalServiceRepository,
    private readonly commands: AuditedCommand,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
    private readonly approvals: ApprovalsService,
  ) {}

  /** Records the request and puts it in the township (industry) union's opinion box; nothing stands if that box cannot be filled. */
  async execute(request: RequestTechnicalServiceRequestDto, caller: Caller): Promise<RequestedTechnicalService> {
    const { enterpriseUnitId, firstBoxOpinion, ...fields } = request;
    const form: TechnicalServiceForm = {
      ...fields,
      service: { ...fields.service },
      trainingNeeds: fields.trainingNeeds.map((n) => ({ trade: n.trade, headcount: n.headcount })),
    };
    const problems = technicalServiceFormProblems(form);
    if (problems.length > 0) throw formProblemsRefused(problems);
    const enterprise = await this.directory.getReferenced(enterpriseUnitId, 'enterpriseUnitId');
    // Scope before state: what the unit is (its kind, whether it is active) is told only to those who may act on it.
    await this.scope.assert(caller, 'write', { orgPath: enterprise.path });
    if (enterprise.kind !== 'enterprise_union') {
      throw new NotAnEnterprise(enterpriseUnitId, enterprise.kind);
    }
    if (!enterprise.active) throw UnitCannotTakeRegistrations.deactivated('enterpriseUnitId', enterpriseUnitId);

    const id = randomUUID();
    const workflowId = approvalChainWorkflowId(TECHNICAL_SERVICE_REQUEST, id);
    return this.commands.run(caller, async ({ tx, audit }) => {
      await this.requests.insertRequested(tx, { id, enterpriseUnitId: enterprise.id, form, workflowId, requestedBy: caller.principal.userId });
      await audit({
        action: 'technical-service-request.requested',
        entity: { type: TECHNICAL_SERVICE_REQUEST, id, orgUnitId: enterprise.id, orgPath: enterprise.path },
        after: { enterpriseUnitId: enterprise.id, form, status: 'requested' },
      });
      // The opinion box cannot be filled (no township or industry union above, nobody there): refused, nothing stands.
      const { steps } = await this.approvals.submit(
        tx,
        {
          itemKind: TECHNICAL_SERVICE_REQUEST,
          itemId: id,
          title: `企业需求技术服务项目：${enterprise.name}（${form.service.project}）`,
          submitterUnitId: enterprise.id,
          ...technicalServiceChain,
          firstBoxOpinion,
        },
        caller,
      );
      return { id, workflowId, status: 'requested' as const, steps: steps.map((s) => ({ stepId: s.stepId, title: s.title })) };
    });
  }
}
