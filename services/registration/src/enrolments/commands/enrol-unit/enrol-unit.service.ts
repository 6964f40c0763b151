import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditedCommand, auditActorOf, Caller, OrgDirectory, ScopeChecker } from '@lc/platform';
import { takesEnrolments } from '../../../competitions/competition-lifecycle';
import { participantScopeProblem } from '../../../competitions/competition-plan';
import { CompetitionOrmEntity } from '../../../competitions/competition.orm-entity';
import { OrgUnitOrmEntity } from '../../../org-units/org-unit.orm-entity';
import { competitionInLineOr404, competitionOr404 } from '../../enrolment-access';
import { EnrolmentResponseDto, toEnrolmentResponse } from '../../enrolment.response.dto';
import { EnrolmentRepository } from '../../enrolment.repository';
import { Enroller } from '../../enroller';
import { isUniqueViolation } from '../../enrolment-rules';
import { EnrolUnitRequestDto } from './enrol-unit.request.dto';
import { AlreadyEnrolled, MoreParticipantsThanWorkers, NotTakingEnrolments, OutsideParticipantScope, ScopeRootMissing, UnitDeactivated } from '../../enrolment.errors';

const ONCE_PER_UNIT = 'enrolments_once_per_unit';

@Injectable()
export class EnrolUnitService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
    private readonly enrolments: EnrolmentRepository,
    private readonly enroller: Enroller,
    private readonly commands: AuditedCommand,
  ) {}

  /**
   * Enrols an enterprise (its union) or a team in a competition that takes enrolments, within the
   * competition's participant scope, with its enrolment.created event and audit entry in one
   * transaction. A unit enrols once: the unique index decides between two requests at the same moment.
   * Scope comes before state: the competition must be in the caller's line and the unit in their
   * subtree before its status or participant scope is looked at.
   */
  async execute(competitionId: string, request: EnrolUnitRequestDto, caller: Caller): Promise<EnrolmentResponseDto> {
    await competitionInLineOr404(this.dataSource.manager, competitionId, { directory: this.directory, scope: this.scope, caller });
    const unitRef = await this.directory.getReferenced(request.unitId, 'unitId');
    await this.scope.assert(caller, 'write', { orgPath: unitRef.path });
    try {
      return await this.commands.run(caller, async ({ tx }) => {
        await this.enrolments.lockTreeShared(tx);
        // Held until commit: the competition cannot close between this check and the enrolment.
        const competition = await competitionOr404(tx, competitionId, { lock: true });
        if (!takesEnrolments(competition.status)) throw new NotTakingEnrolments(competition.id, competition.status, 'enrols');

        const unit = await tx.findOneByOrFail(OrgUnitOrmEntity, { id: request.unitId });
        if (!unit.active) throw new UnitDeactivated(unit.id, unit.name);
        const enterprise = unit.kind === 'team' && unit.parentId ? await tx.findOneByOrFail(OrgUnitOrmEntity, { id: unit.parentId }) : unit;
        const problem = participantScopeProblem(competition.participantScope ?? {}, await this.scopeRootPath(tx, competition), {
          unitKind: unit.kind,
          unitPath: unit.path,
          enterprise: { industry: enterprise.industry, ownership: enterprise.ownership, aboveScale: enterprise.aboveScale },
        });
        if (problem) throw new OutsideParticipantScope(unit.id, unit.name, competition.id, problem);
        if (enterprise.headcount !== null && request.participants > enterprise.headcount) {
          throw new MoreParticipantsThanWorkers(request.participants, enterprise.headcount, enterprise);
        }
        const earlier = await this.enrolments.ofUnit(tx, competitionId, unit.id);
        if (earlier) throw new AlreadyEnrolled(earlier.unitId, earlier.status === 'withdrawn' ? earlier.id : undefined);

        const enrolment = await this.enroller.enrol(
          tx,
          {
            competitionId,
            unit,
            enterprise,
            participants: request.participants,
            leaderName: request.leaderName?.trim() || null,
            contactName: request.contactName.trim(),
            contactPhone: request.contactPhone.trim(),
          },
          { ...auditActorOf(caller), correlationId: caller.correlationId },
        );
        return toEnrolmentResponse(enrolment, {
          unit: { name: unit.name, kind: unit.kind, path: unit.path },
          enterprise: { name: enterprise.name, industry: enterprise.industry },
        });
      });
    } catch (err) {
      // Two requests for one unit at the same moment: both passed the check, the index let one in.
      if (isUniqueViolation(err, ONCE_PER_UNIT)) throw new AlreadyEnrolled(request.unitId);
      throw err;
    }
  }

  /** Path of the unit entrants must lie under: the scope's subtreeOf, or the organiser. */
  private async scopeRootPath(tx: EntityManager, competition: CompetitionOrmEntity): Promise<string> {
    const rootId = competition.participantScope?.subtreeOf ?? competition.organiserOrgUnitId;
    const root = await tx.findOneBy(OrgUnitOrmEntity, { id: rootId });
    if (!root) throw new ScopeRootMissing(competition.id, rootId);
    return root.path;
  }
}
