import { Conflict, InvalidRequest, NotFound } from '@lc/platform';
import type { CompetitionStatus } from './competition.orm-entity';

/** A competition's status as the console words it. */
export const competitionStatusZh: Record<CompetitionStatus, string> = {
  draft: '草稿',
  filing: '备案审批中',
  filed: '已备案',
  open: '报名中',
  running: '进行中',
  assessing: '评审中',
  closed: '已结束',
};

/** The competition named in the path does not exist. */
export class CompetitionNotFound extends NotFound {
  readonly code = 'competition-not-found';
  constructor(id: string) {
    super({ en: `competition ${id} does not exist`, zh: `竞赛 ${id} 不存在`, field: 'id' });
  }
}

/** A request body names a competition that does not exist. */
export class UnknownCompetitionReferenced extends InvalidRequest {
  readonly code = 'unknown-competition';
  constructor(field: string, id: string) {
    super({ en: `${field}: there is no competition ${id}`, zh: `「${field}」：竞赛 ${id} 不存在`, field });
  }
}

/** A plan changes only as a draft, or when its filing was returned for revision. */
export class PlanNotEditable extends Conflict {
  readonly code = 'plan-not-editable';
  constructor(id: string, status: CompetitionStatus) {
    super({
      en: `competition ${id} is ${status}: its plan changes only as a draft, or when its filing was returned for revision`,
      zh: `竞赛当前为“${competitionStatusZh[status]}”，方案只能在草稿阶段或备案被退回修改时更改`,
    });
  }
}

/** Only a draft plan is filed. */
export class PlanNotDraft extends Conflict {
  readonly code = 'plan-not-draft';
  constructor(id: string, status: CompetitionStatus) {
    super({ en: `competition ${id} is ${status}, not a draft: only a draft plan is filed`, zh: `竞赛当前为“${competitionStatusZh[status]}”，只有草稿状态的方案可以提交备案` });
  }
}

/** The end date comes before the start date. */
export class EndBeforeStart extends InvalidRequest {
  readonly code = 'end-before-start';
  constructor() {
    super({ en: 'endDate must not be before startDate', zh: '「endDate」结束日期不能早于开始日期', field: 'endDate' });
  }
}

/** A lifecycle action that does not apply to the competition's status; the English says what would. */
export class LifecycleActionRefused extends Conflict {
  readonly code = 'lifecycle-action-refused';
  constructor(reason: string, status: CompetitionStatus) {
    super({ en: `action: ${reason}`, zh: `竞赛当前为“${competitionStatusZh[status]}”，不能进行此操作`, field: 'action' });
  }
}

/** The participant scope may narrow the organiser's subtree, never leave it. */
export class ScopeOutsideOrganiser extends InvalidRequest {
  readonly code = 'participant-scope-outside-organiser';
  constructor(subtreeOf: string, organiserId: string) {
    super({
      en: `participantScope.subtreeOf: ${subtreeOf} is not under the organiser ${organiserId}`,
      zh: `参赛范围 ${subtreeOf} 不在组织单位 ${organiserId} 之下`,
      field: 'participantScope.subtreeOf',
    });
  }
}

/** A sub-competition is organised under its parent's organiser. */
export class ParentOrganisedElsewhere extends InvalidRequest {
  readonly code = 'parent-organised-elsewhere';
  constructor(parentOrganiserId: string, organiserId: string) {
    super({
      en: `parentCompetitionId: a sub-competition is organised under its parent's organiser (${parentOrganiserId}); ${organiserId} is not under it`,
      zh: `子竞赛须由上级竞赛组织单位（${parentOrganiserId}）的下级单位组织；${organiserId} 不在其下`,
      field: 'parentCompetitionId',
    });
  }
}

/** A sub-competition runs within its parent's dates. */
export class OutsideParentDates extends InvalidRequest {
  readonly code = 'outside-parent-dates';
  constructor(startDate: string, endDate: string) {
    super({
      en: `startDate/endDate: a sub-competition runs within its parent's dates, ${startDate} to ${endDate}`,
      zh: `子竞赛的起止日期须在上级竞赛的 ${startDate} 至 ${endDate} 之内`,
      field: 'startDate',
    });
  }
}

/** Sub-competitions join a filed competition that has not closed. */
export class ParentNotJoinable extends Conflict {
  readonly code = 'parent-not-joinable';
  constructor(parentId: string, status: CompetitionStatus) {
    super({
      en: `parentCompetitionId: competition ${parentId} is ${status}; sub-competitions join a filed competition that has not closed`,
      zh: `上级竞赛当前为“${competitionStatusZh[status]}”；子竞赛只能加入已备案且尚未结束的竞赛`,
      field: 'parentCompetitionId',
    });
  }
}
