import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { hazardCategories, hazardGrades } from '@lc/contracts';
import { AuditedCommand, Caller, fenOf, OrgDirectory, ScopeChecker } from '@lc/platform';
import { checkSchemePeriodAndDuties } from '../../reward-scheme-checks';
import { schemeView } from '../../reward-scheme.view';
import { RewardSchemeRepository } from '../../reward-scheme.repository';
import { CreateRewardSchemeRequestDto } from './create-reward-scheme.request.dto';
import { PeriodReversed, TeamIsNotAUnion } from '../../../reward.errors';

/** A union's reward measure for a period; periods of one union never overlap, so exactly one rule applies. */
@Injectable()
export class CreateRewardSchemeService {
  constructor(
    private readonly commands: AuditedCommand,
    private readonly schemes: RewardSchemeRepository,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
  ) {}

  async execute(request: CreateRewardSchemeRequestDto, caller: Caller) {
    const unit = await this.directory.getReferenced(request.issuingUnitId, 'issuingUnitId');
    if (unit.kind === 'team') throw new TeamIsNotAUnion('issuingUnitId', `${unit.id} is a team; rewards are issued by a union`);
    await this.scope.assert(caller, 'write', { orgPath: unit.path });
    if (request.validUntil && request.validUntil < request.validFrom) {
      throw new PeriodReversed('validUntil', 'validFrom');
    }
    const id = randomUUID();
    await this.commands.run(caller, async ({ tx, audit }) => {
      await checkSchemePeriodAndDuties(tx, this.schemes, unit, request, caller);
      const amounts = hazardCategories.flatMap((category) => hazardGrades.map((grade) => ({ category, grade, fen: fenOf(request.amounts[category][grade]) })));
      const rule = { name: request.name.trim(), validFrom: request.validFrom, validUntil: request.validUntil ?? null, approvalThresholdFen: fenOf(request.approvalThresholdYuan) };
      await this.schemes.create(tx, id, unit, rule, amounts, caller.principal.userId);
      await audit({
        action: 'reward-scheme.created',
        entity: { type: 'reward-scheme', id, orgUnitId: unit.id, orgPath: unit.path },
        after: { ...request },
      });
    });
    return schemeView(await this.schemes.load(id));
  }
}
