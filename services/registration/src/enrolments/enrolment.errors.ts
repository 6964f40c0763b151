import { orgUnitKindLabels, OrgUnitKind, describeKindWithArticle } from '@lc/org';
import { Conflict, InvalidRequest, NotFound } from '@lc/platform';
import { competitionStatusZh } from '../competitions/competition.errors';
import type { CompetitionStatus } from '../competitions/competition.orm-entity';
import { notTakingEnrolments } from './enrolment-rules';

/** A unit enrols or withdraws only while the competition is open or running. */
export class NotTakingEnrolments extends Conflict {
  readonly code = 'not-taking-enrolments';
  constructor(competitionId: string, status: CompetitionStatus, what: 'enrols' | 'withdraws') {
    super({
      en: notTakingEnrolments(competitionId, status, what),
      zh: `竞赛当前为“${competitionStatusZh[status]}”，只有在报名中或进行中才能${what === 'enrols' ? '报名' : '撤回报名'}`,
    });
  }
}

/** The competition has no such enrolment. */
export class EnrolmentNotFound extends NotFound {
  readonly code = 'enrolment-not-found';
  constructor(competitionId: string, enrolmentId: string) {
    super({ en: `enrolmentId: competition ${competitionId} has no enrolment ${enrolmentId}`, zh: '该竞赛没有这条报名记录', field: 'enrolmentId' });
  }
}

export class EnrolmentAlreadyWithdrawn extends Conflict {
  readonly code = 'enrolment-already-withdrawn';
  constructor(enrolmentId: string, unitId: string) {
    super({ en: `enrolment ${enrolmentId} of ${unitId} is already withdrawn`, zh: `${unitId} 的这条报名已经撤回` });
  }
}

export class UnitDeactivated extends InvalidRequest {
  readonly code = 'unit-deactivated';
  constructor(unitId: string, name: string) {
    super({ en: `unitId: ${unitId} (${name}) is deactivated and enters no competition`, zh: `${name} 已停用，不能参加竞赛`, field: 'unitId' });
  }
}

/** The unit lies outside the participant scope the plan set; the English says how. */
export class OutsideParticipantScope extends InvalidRequest {
  readonly code = 'outside-participant-scope';
  constructor(unitId: string, name: string, competitionId: string, problem: string) {
    super({ en: `unitId: ${unitId} (${name}) may not enter competition ${competitionId}: ${problem}`, zh: `${name} 不在该竞赛的参赛范围内`, field: 'unitId' });
  }
}

export class MoreParticipantsThanWorkers extends InvalidRequest {
  readonly code = 'more-participants-than-workers';
  constructor(participants: number, headcount: number, enterprise: { id: string; name: string }) {
    super({
      en: `participants: ${participants} is more than the ${headcount} workers (职工人数) of ${enterprise.id} (${enterprise.name})`,
      zh: `参赛人数 ${participants} 超过了 ${enterprise.name} 的职工人数 ${headcount}`,
      field: 'participants',
    });
  }
}

/** A unit enrols once per competition, and a withdrawn enrolment is not made again. */
export class AlreadyEnrolled extends Conflict {
  readonly code = 'already-enrolled';
  constructor(unitId: string, withdrawnEnrolmentId?: string) {
    super(
      withdrawnEnrolmentId
        ? {
            en: `unitId: ${unitId} withdrew its enrolment ${withdrawnEnrolmentId} from this competition; a unit enrols once per competition`,
            zh: `${unitId} 已撤回本竞赛的报名；每个单位每项竞赛只能报名一次`,
            field: 'unitId',
          }
        : { en: `unitId: ${unitId} is already enrolled in this competition`, zh: `${unitId} 已报名本竞赛`, field: 'unitId' },
    );
  }
}

/** The plan's participant scope names a unit the tree no longer has. */
export class ScopeRootMissing extends Conflict {
  readonly code = 'participant-scope-root-missing';
  constructor(competitionId: string, rootId: string) {
    super({
      en: `competition ${competitionId}'s participant scope names the unit ${rootId}, which does not exist`,
      zh: `竞赛的参赛范围指定的单位 ${rootId} 不存在`,
    });
  }
}

/** The enrolment summary is made by a union above the enterprises. */
export class SummaryNotAtThisLevel extends InvalidRequest {
  readonly code = 'summary-not-at-this-level';
  constructor(unit: { id: string; kind: OrgUnitKind }, unitGiven: boolean) {
    super({
      en:
        `unitId: the summary (参赛企业汇总表) is made by a union above the enterprises (a township or industry union, a county); ` +
        `${unit.id} is ${describeKindWithArticle(unit.kind)}${unitGiven ? '' : ': give the unitId of the union it is for'}`,
      zh: `参赛企业汇总表由企业以上的工会（乡镇或产业工会、区县）生成；${unit.id} 是${orgUnitKindLabels[unit.kind].zh}`,
      field: 'unitId',
    });
  }
}
