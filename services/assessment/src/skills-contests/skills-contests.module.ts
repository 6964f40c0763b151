import { Module } from '@nestjs/common';
import { AddContestantHttpController } from './commands/add-contestant/add-contestant.http.controller';
import { AddContestantService } from './commands/add-contestant/add-contestant.service';
import { AddJudgeHttpController } from './commands/add-judge/add-judge.http.controller';
import { AddJudgeService } from './commands/add-judge/add-judge.service';
import { CreateSkillsContestHttpController } from './commands/create-skills-contest/create-skills-contest.http.controller';
import { CreateSkillsContestService } from './commands/create-skills-contest/create-skills-contest.service';
import { RecordScoreHttpController } from './commands/record-score/record-score.http.controller';
import { RecordScoreService } from './commands/record-score/record-score.service';
import { RemoveContestantHttpController } from './commands/remove-contestant/remove-contestant.http.controller';
import { RemoveContestantService } from './commands/remove-contestant/remove-contestant.service';
import { RemoveJudgeHttpController } from './commands/remove-judge/remove-judge.http.controller';
import { RemoveJudgeService } from './commands/remove-judge/remove-judge.service';
import { SetChiefJudgeHttpController } from './commands/set-chief-judge/set-chief-judge.http.controller';
import { SetChiefJudgeService } from './commands/set-chief-judge/set-chief-judge.service';
import { SignOffHttpController } from './commands/sign-off/sign-off.http.controller';
import { SignOffService } from './commands/sign-off/sign-off.service';
import { ContestPeople } from './contest-people';
import { ListMyScoresHttpController } from './queries/list-my-scores/list-my-scores.http.controller';
import { GetContestResultsHttpController } from './queries/get-contest-results/get-contest-results.http.controller';
import { GetSkillsContestHttpController } from './queries/get-skills-contest/get-skills-contest.http.controller';
import { ListSkillsContestsHttpController } from './queries/list-skills-contests/list-skills-contests.http.controller';
import { SkillsContestViews } from './skills-contest-views';
import { SkillsContests } from './skills-contests';
import { SkillsContestRepository } from './skills-contest.repository';
import { SkillsContestQueries } from './skills-contests.queries';

/**
 * Skills contests (技能比武): a judge panel scores each contestant on the marking scheme, never a
 * contestant of the judge's own enterprise (回避); the chief judge signs the scores off, which locks
 * them; the results drop the highest and lowest total from enough judges and break ties by a fixed rule.
 * Needs the platform's user directory (PlatformModule.forRoot({ readsUsers: true })) and the
 * SkillsContests1732300000310 migration.
 */
@Module({
  controllers: [
    ListSkillsContestsHttpController,
    CreateSkillsContestHttpController,
    GetSkillsContestHttpController,
    AddJudgeHttpController,
    RemoveJudgeHttpController,
    SetChiefJudgeHttpController,
    AddContestantHttpController,
    RemoveContestantHttpController,
    RecordScoreHttpController,
    SignOffHttpController,
    GetContestResultsHttpController,
    ListMyScoresHttpController,
  ],
  providers: [
    SkillsContestRepository,
    SkillsContestQueries,
    SkillsContests,
    SkillsContestViews,
    ContestPeople,
    CreateSkillsContestService,
    AddJudgeService,
    RemoveJudgeService,
    SetChiefJudgeService,
    AddContestantService,
    RemoveContestantService,
    RecordScoreService,
    SignOffService,
  ],
})
export class SkillsContestsModule {}
