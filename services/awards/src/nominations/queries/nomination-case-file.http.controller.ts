import { Controller, Get, Param } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CaseFileAssembler, CaseFileDto, CaseFileLinkDto, Caller, CurrentCaller, idParam } from '@lc/platform';
import { NOMINATION_ITEM } from '../nomination-chain';
import { HonourRepository } from '../../catalogue/honour.repository';
import { NominationRepository } from '../nomination.repository';
import { NominationVisibility } from '../nomination-visibility';

@ApiTags('nominations')
@Controller()
export class NominationCaseFileHttpController {
  constructor(
    private readonly nominations: NominationRepository,
    private readonly honours: HonourRepository,
    private readonly visibility: NominationVisibility,
    private readonly assembler: CaseFileAssembler,
  ) {}

  @Get('nominations/:id/case-file')
  @ApiOperation({
    operationId: 'getNominationCaseFile',
    summary: '荣誉推荐全程档案',
    description:
      'Everything that happened to the nomination, oldest first: creation, submission, every approval opinion, publicity (公示) with its objections and rulings, conferral; ' +
      'each with time, actor, unit and its audit entry checked against the hash chain. Whoever lodged an objection is never named. For whoever may read the nomination.',
  })
  @ApiOkResponse({ type: CaseFileDto })
  @ApiForbiddenResponse({ description: "The nominee's unit is outside your subtree" })
  @ApiNotFoundResponse({ description: 'No nomination has this id' })
  async get(@Param('id', idParam) id: string, @CurrentCaller() caller: Caller): Promise<CaseFileDto> {
    const nomination = await this.nominations.load(id);
    await this.visibility.assertReadable(caller, nomination);
    const honour = await this.honours.byCode(nomination.honour_code);
    const links: CaseFileLinkDto[] = [{ kind: 'nomination', id }];
    if (nomination.approval_workflow_id) links.push({ kind: 'approval', id: nomination.approval_workflow_id });
    return this.assembler.assemble({
      kind: 'nomination',
      id,
      title: `${nomination.year} ${honour?.name ?? nomination.honour_code}：${nomination.nominee_name}`,
      unitId: nomination.nominee_unit_id,
      status: nomination.status,
      links,
      entities: [{ type: NOMINATION_ITEM, id }],
      concealed: { actions: { 'nomination.objection-lodged': 'objector' } },
    });
  }
}
