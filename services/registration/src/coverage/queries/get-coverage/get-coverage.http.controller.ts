import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { unionCadreRoles } from '@lc/org';
import { Caller, CurrentCaller, RequireRoles } from '@lc/platform';
import { CoverageResponseDto } from '../../coverage.response.dto';
import { GetCoverageQuery } from './get-coverage.query';
import { GetCoverageRequestDto } from './get-coverage.request.dto';

/** The definitions of coverage-figures.ts, for the API documentation. */
const definitions = [
  'Coverage (参赛覆盖面) of the subtree of a unit over a period, compared with a target, and the same for each direct child unit.',
  '',
  '- Enterprise: an active enterprise union (企业工会) in the subtree, the unit itself included. Deactivated enterprises do not count.',
  "- Taking part: the enterprise or one of its teams has an enrolment with status 'enrolled' (not withdrawn) in a competition whose " +
    '[startDate, endDate] overlaps [from, to] (both ends included) and whose status is filed, open, running, assessing or closed ' +
    '(not draft, not filing).',
  '- all / aboveScale / nonPublic: the count of all, of above-scale (规模以上) and of non-public (非公有制) enterprises, how many of ' +
    'them take part, and the share (takingPart ÷ total).',
  '- workers: headcount is the sum of the enterprises\' recorded headcounts; participants is, per enterprise, the most of its workers ' +
    'entered in any one competition of the period (the enterprise\'s and its teams\' enrolments in one competition added up), capped at ' +
    'its headcount, summed over the enterprises: a worker in several competitions counts once. rate = participants ÷ headcount.',
  '- Every share and the rate are compared with target (default 0.8): meetsTarget = share ≥ target; gapPoints = percentage points ' +
    'short of the target, 0 when met. A group with nothing to count (no above-scale enterprise, say) has share, meetsTarget and ' +
    'gapPoints null.',
  '- byChild: the active direct child units (teams excepted), lagging first: by above-scale share ascending, those without ' +
    'above-scale enterprises last.',
  '',
  'Union cadres and auditors, for their own unit and the units under it.',
].join('\n');

@ApiTags('coverage')
@Controller('coverage')
export class GetCoverageHttpController {
  constructor(private readonly getCoverage: GetCoverageQuery) {}

  @Get()
  @RequireRoles(...unionCadreRoles, 'auditor')
  @ApiOperation({ operationId: 'getCoverage', summary: '参赛覆盖面统计', description: definitions })
  @ApiOkResponse({ type: CoverageResponseDto })
  @ApiBadRequestResponse({ description: 'A date is malformed, to is before from, the target is not between 0 and 1, or the unit does not exist' })
  @ApiForbiddenResponse({ description: 'The unit is outside your subtree, or your roles do not include a union cadre or auditor role' })
  get(@Query() query: GetCoverageRequestDto, @CurrentCaller() caller: Caller): Promise<CoverageResponseDto> {
    return this.getCoverage.execute(query, caller);
  }
}
