import { Conflict, InvalidRequest, NotFound } from '@lc/platform';
import { competitionStatusZh } from '../competitions/competition.errors';
import type { CompetitionStatus } from '../competitions/competition.orm-entity';

export class PioneerApplicationNotFound extends NotFound {
  readonly code = 'pioneer-application-not-found';
  constructor(id: string) {
    super({ en: `there is no 工人先锋号 application ${id}`, zh: '该工人先锋号申报不存在', field: 'id' });
  }
}

export class NotATeam extends InvalidRequest {
  readonly code = 'not-a-team';
  constructor(unitId: string) {
    super({ en: `teamUnitId: ${unitId} is not a team (班组)`, zh: `${unitId} 不是班组`, field: 'teamUnitId' });
  }
}

/** 工人先锋号 and 五型班组 are applied for in a creation competition only. */
export class NotACreationCompetition extends InvalidRequest {
  readonly code = 'not-a-creation-competition';
  constructor(competitionId: string) {
    super({
      en: `competitionId: competition ${competitionId} is not a 工人先锋号 / 五型班组 creation competition`,
      zh: '该竞赛不是工人先锋号 / 五型班组创建竞赛',
      field: 'competitionId',
    });
  }
}

export class NotTakingApplications extends Conflict {
  readonly code = 'not-taking-applications';
  constructor(competitionId: string, status: CompetitionStatus) {
    super({
      en: `competitionId: competition ${competitionId} is ${status} and takes no applications`,
      zh: `竞赛当前为“${competitionStatusZh[status]}”，不接受申报`,
      field: 'competitionId',
    });
  }
}

export class TeamAlreadyApplied extends Conflict {
  readonly code = 'team-already-applied';
  constructor(teamUnitId: string, applicationId: string) {
    super({
      en: `teamUnitId: ${teamUnitId} already has an application in this competition (${applicationId})`,
      zh: '该班组在本竞赛中已有申报',
      field: 'teamUnitId',
    });
  }
}
