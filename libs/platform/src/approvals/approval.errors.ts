import { ApplicationFailure } from '@temporalio/client';
import { Conflict, InvalidRequest, NotAllowed, NotFound } from '../errors/domain-error';

/**
 * A box on the chain has nobody who could decide it, so the chain would wait forever: nobody holds its
 * role there, or only the submitter, who may not fill it (a separation of duties, or not the first box).
 */
export class NobodyCanDecide extends Conflict {
  readonly code = 'nobody-can-decide';
  constructor(unitId: string, unitName: string, title: string, roles: readonly string[], reason: 'nobody' | 'submitter-excluded' = 'nobody') {
    super(
      reason === 'nobody'
        ? {
            en: `nobody can decide at ${unitId} (${title}): no active user of ${unitName} holds ${roles.join(' or ') || 'a deciding role'}`,
            zh: `${unitName}（${title}）没有可以审批的人：该单位没有在职用户担任审批角色`,
          }
        : {
            en: `nobody can decide at ${unitId} (${title}): you are the only one of ${unitName} who holds ${roles.join(' or ')}, and this item's submitter may not fill that box`,
            zh: `${unitName}（${title}）没有可以审批的人：只有您担任该审批角色，而该事项的提交人不能填写此栏`,
          },
    );
  }
}

/** The submitter is the only one who can fill the first box: the submission fills it, so it needs its opinion. */
export class FirstBoxOpinionNeeded extends InvalidRequest {
  readonly code = 'first-box-opinion-required';
  constructor(unitName: string, title: string) {
    super({
      en: `firstBoxOpinion: you are the only one at ${unitName} who can fill ${title}; write its opinion, which the submission fills in`,
      zh: `您是${unitName}唯一可以填写“${title}”的人，请填写该栏意见，随报送一并签署`,
      field: 'firstBoxOpinion',
    });
  }
}

/** An opinion for the first box from a submitter who does not fill it. */
export class NotAFirstBoxHolder extends NotAllowed {
  readonly code = 'not-first-box-holder';
  constructor(unitName: string, title: string) {
    super({
      en: `firstBoxOpinion: you do not fill ${title} at ${unitName}; submit without it, and the box waits for those who do`,
      zh: `您不能填写${unitName}的“${title}”，请不填该栏意见直接报送，由该栏的审批人填写`,
      field: 'firstBoxOpinion',
    });
  }
}

/** The chain built from the request breaks the chain's own rules (the English says which). */
export class InvalidApprovalChain extends Conflict {
  readonly code = 'invalid-approval-chain';
  constructor(reason: string) {
    super({ en: reason, zh: `无法建立审批流程：${reason}` });
  }
}

/** A deputy deciding for an approver who has not delegated to them (or no longer). */
export class NotDelegated extends NotAllowed {
  readonly code = 'not-delegated';
  constructor(approver: string) {
    super({ en: `onBehalfOf: ${approver} has not delegated their decisions to you for now`, zh: '被代签人目前没有委托您代为审批', field: 'onBehalfOf' });
  }
}

/** The item's chain ended or never started: no decision can reach it. */
export class ApprovalItemClosed extends Conflict {
  readonly code = 'approval-item-closed';
  constructor(workflowId: string) {
    super({
      en: `approval item ${workflowId} does not exist or is already decided; it takes no more decisions`,
      zh: '该审批事项不存在或已审批完毕，不再接受审批',
    });
  }
}

/**
 * The chain refused a decision, a resubmission or a withdrawal: its own rule's code and both messages
 * travel in the workflow's failure details.
 */
export class ApprovalRefused extends Conflict {
  readonly code: string;
  constructor(failure: Error) {
    const [details] = failure instanceof ApplicationFailure ? ((failure.details ?? []) as { code?: unknown; messageZh?: unknown }[]) : [];
    super({ en: failure.message, zh: typeof details?.messageZh === 'string' ? details.messageZh : '该审批操作未被接受' });
    this.code = typeof details?.code === 'string' ? details.code : 'approval-refused';
  }
}

/** An approval item that does not exist or that the caller may not see: one answer for both. */
export class ApprovalItemNotFound extends NotFound {
  readonly code = 'approval-item-not-found';
  constructor(workflowId: string) {
    super({
      en: `workflowId: there is no approval item '${workflowId}' that you may see`,
      zh: '未找到该审批事项，或您无权查看',
      field: 'workflowId',
    });
  }
}
