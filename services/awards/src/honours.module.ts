import { Module, OnModuleInit } from '@nestjs/common';
import { CaseFileAssembler, TemporalWorkerHost } from '@lc/platform';
import { TaskQueues, workflowCode } from '@lc/workflows';
import { CatalogueHttpController } from './catalogue/catalogue.http.controller';
import { ListFundEntriesHttpController } from './catalogue/queries/list-fund-entries/list-fund-entries.http.controller';
import { ListHonourQuotasHttpController } from './catalogue/queries/list-honour-quotas/list-honour-quotas.http.controller';
import { CatalogueQueries } from './catalogue/catalogue.queries';
import { CompetitionFundRepository } from './catalogue/competition-fund.repository';
import { HonourQuotaRepository } from './catalogue/honour-quota.repository';
import { HonourRepository } from './catalogue/honour.repository';
import { HonoursSeeder } from './catalogue/honours.seeder';
import { CertificateRenderer } from './certificates/certificate-renderer.provider';
import { CertificateHttpController } from './conferral/certificate.http.controller';
import { Conferrer } from './conferral/conferrer';
import { AssessmentCandidatesHandler } from './nominations/assessment-candidates.handler';
import { CompetitionHonourHttpController } from './nominations/commands/competition-honour.http.controller';
import { ContestHonourHttpController } from './nominations/commands/contest-honour.http.controller';
import { ContestCandidatesHandler } from './nominations/contest-candidates.handler';
import { CreateNominationHttpController } from './nominations/commands/create-nomination.http.controller';
import { SubmitNominationHttpController } from './nominations/commands/submit-nomination.http.controller';
import { HonourTargets } from './nominations/honour-targets';
import { KnownContestHandler } from './nominations/known-contest.handler';
import { KnownContestRepository } from './nominations/known-contest.repository';
import { NominationApprovalOutcome } from './nominations/nomination.approval-outcome';
import { NominationVisibility } from './nominations/nomination-visibility';
import { NominationRepository } from './nominations/nomination.repository';
import { NominationQueries } from './nominations/nominations.queries';
import { HonourRecommendationRepository } from './nominations/honour-recommendation.repository';
import { Nominees } from './nominations/nominees';
import { NominationCaseFileHttpController } from './nominations/queries/nomination-case-file.http.controller';
import { NominationsHttpController } from './nominations/queries/nominations.http.controller';
import { ObjectionsHttpController } from './publicity/objections.http.controller';
import { PublicityOutcomeRecorder } from './publicity/publicity-outcome.recorder';
import { PublicityStarter } from './publicity/publicity-starter';
import { WaitingList } from './publicity/waiting-list';

/**
 * Honours: the catalogue, quotas and funds; nominations (by hand, or candidates from assessment
 * results and top-ranked skills contestants, consumer group awards.assessment-results) up the
 * approval chain; publicity (公示) with
 * objections as a durable workflow; conferral with its certificate and the fund's ledger.
 */
@Module({
  controllers: [
    CatalogueHttpController,
    ListHonourQuotasHttpController,
    ListFundEntriesHttpController,
    CompetitionHonourHttpController,
    ContestHonourHttpController,
    NominationsHttpController,
    NominationCaseFileHttpController,
    CreateNominationHttpController,
    SubmitNominationHttpController,
    ObjectionsHttpController,
    CertificateHttpController,
    AssessmentCandidatesHandler,
    ContestCandidatesHandler,
    KnownContestHandler,
  ],
  providers: [
    HonoursSeeder,
    HonourRepository,
    HonourQuotaRepository,
    CompetitionFundRepository,
    CatalogueQueries,
    KnownContestRepository,
    CaseFileAssembler,
    NominationRepository,
    NominationQueries,
    HonourRecommendationRepository,
    Nominees,
    NominationApprovalOutcome,
    PublicityStarter,
    WaitingList,
    PublicityOutcomeRecorder,
    Conferrer,
    CertificateRenderer,
    HonourTargets,
    NominationVisibility,
  ],
})
export class HonoursModule implements OnModuleInit {
  constructor(
    private readonly workers: TemporalWorkerHost,
    private readonly outcomes: PublicityOutcomeRecorder,
  ) {}

  onModuleInit(): void {
    this.workers.addWorker({
      taskQueue: TaskQueues.awards,
      workflows: workflowCode(TaskQueues.awards),
      activities: {
        recordPublicityOutcome: this.outcomes.recordPublicityOutcome.bind(this.outcomes),
        recordObjection: this.outcomes.recordObjection.bind(this.outcomes),
        recordRuling: this.outcomes.recordRuling.bind(this.outcomes),
      },
    });
  }
}
