import { Injectable } from '@nestjs/common';
import { hazardCategories, hazardGrades } from '@lc/contracts';
import { AuditedCommand, Caller, fenOf, OrgDirectory, ScopeChecker } from '@lc/platform';
import { checkSchemePeriodAndDuties } from '../../reward-scheme-checks';
import { schemeView } from '../../reward-scheme.view';
import { RewardSchemeRepository } from '../../reward-scheme.repository';
import { NotTheSchemeAuthor, PeriodReversed, RewardSchemeInUse } from '../../../reward.errors';
import { CorrectRewardSchemeRequestDto } from './correct-reward-scheme.request.dto';

/**
 * A scheme corrected by its author. What rewards were worked out from stays as it was: their amounts
 * and the threshold, and the days of the reports they rewarded; a new rule from a later day is the next
 * scheme. Checked under the same locks as creating one.
 */
@Injectable()
export class CorrectRewardSchemeService {
  constructor(
    private readonly commands: AuditedCommand,
    private readonly schemes: RewardSchemeRepository,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
  ) {}

  async execute(id: string, request: CorrectRewardSchemeRequestDto, caller: Caller) {
    const before = await this.schemes.load(id);
    const unit = await this.directory.get(before.issuing_unit_id, 'issuingUnitId');
    await this.scope.assert(caller, 'write', { orgPath: unit.path });
    if (before.created_by !== caller.principal.userId) throw new NotTheSchemeAuthor();
    if (request.validUntil && request.validUntil < request.validFrom) throw new PeriodReversed('validUntil', 'validFrom');

    const amounts = hazardCategories.flatMap((category) => hazardGrades.map((grade) => ({ category, grade, fen: fenOf(request.amounts[category][grade]) })));
    await this.commands.run(caller, async ({ tx, audit }) => {
      await checkSchemePeriodAndDuties(tx, this.schemes, unit, request, caller, id);
      await this.schemes.lock(tx, id);
      const used = await this.schemes.usage(tx, id);
      if (used.count > 0) {
        const current = await this.schemes.load(id, tx);
        const fenNow = (category: string, grade: string) => current.amounts.find((a) => a.category === category && a.grade === grade)?.amount_fen;
        const sameMoney =
          String(fenOf(request.approvalThresholdYuan)) === String(current.approval_threshold_fen) &&
          amounts.every((a) => String(a.fen) === String(fenNow(a.category, a.grade)));
        if (!sameMoney) throw RewardSchemeInUse.amounts(used.count);
        if (used.first_day && request.validFrom > used.first_day) throw RewardSchemeInUse.period('validFrom', used.first_day);
        if (used.last_day && request.validUntil && request.validUntil < used.last_day) throw RewardSchemeInUse.period('validUntil', used.last_day);
      }
      const rule = { name: request.name.trim(), validFrom: request.validFrom, validUntil: request.validUntil ?? null, approvalThresholdFen: fenOf(request.approvalThresholdYuan) };
      await this.schemes.correct(tx, id, rule, amounts);
      await audit({
        action: 'reward-scheme.corrected',
        entity: { type: 'reward-scheme', id, orgUnitId: unit.id, orgPath: unit.path },
        before: schemeView(before),
        after: { ...request },
      });
    });
    return schemeView(await this.schemes.load(id));
  }
}
