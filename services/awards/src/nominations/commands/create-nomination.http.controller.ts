import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { unionCadreRoles } from '@lc/org';
import { AuditedCommand, Caller, CurrentCaller, RequireRoles, ScopeChecker, IsNotBlank, FIRST_YEAR, LAST_YEAR } from '@lc/platform';
import { nominationView } from '../nomination.row';
import { NominationRepository } from '../nomination.repository';
import { Nominees } from '../nominees';
import { NominationDto } from '../nomination.response.dto';

class CreateNominationRequestDto {
  @ApiProperty({ example: 'pioneer-team' }) @IsString() @IsNotBlank() honourCode: string;
  @ApiProperty({ description: 'The union that confers the honour, at its conferring level' }) @IsString() @IsNotBlank() conferringUnitId: string;
  @ApiProperty({ example: 2026 }) @IsInt() @Min(FIRST_YEAR) @Max(LAST_YEAR) year: number;
  @ApiProperty({ description: 'A user id for a person, an org unit id for a team or unit' }) @IsString() @IsNotBlank() nomineeId: string;
  @ApiPropertyOptional({
    enum: ['manual', 'hazard'],
    default: 'manual',
    description: "'hazard': put forward on the hazard-reporting record (安康杯), e.g. from hazard-reward's GET /hazard-statistics/top-reporters",
  })
  @IsOptional()
  @IsIn(['manual', 'hazard'], { message: "source: must be 'manual' or 'hazard'" })
  source?: 'manual' | 'hazard';

  @ApiPropertyOptional({ description: 'Supporting material (事迹材料)', maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  material?: string;
}

/** A nomination by hand (or on a hazard-reporting record), with supporting material: a candidate, until submitted up the chain. */
@ApiTags('nominations')
@Controller('nominations')
export class CreateNominationHttpController {
  constructor(
    private readonly commands: AuditedCommand,
    private readonly nominations: NominationRepository,
    private readonly nominees: Nominees,
    private readonly scope: ScopeChecker,
  ) {}

  @Post()
  @RequireRoles(...unionCadreRoles)
  @ApiOperation({
    operationId: 'createNomination',
    summary: '新建荣誉推荐',
    description: 'A union cadre puts forward a nominee in their subtree, by hand or on a hazard-reporting record (安康杯), with supporting material (事迹材料); it stays a candidate until submitted.',
  })
  @ApiCreatedResponse({ type: NominationDto, description: 'The nomination, as a candidate' })
  async create(@Body() body: CreateNominationRequestDto, @CurrentCaller() caller: Caller) {
    const { honour, unit: conferring } = await this.nominations.honourConferredBy(body.honourCode, body.conferringUnitId);
    const nominee = await this.nominees.resolve(honour.nominee_kind, body.nomineeId, conferring.path);
    await this.scope.assert(caller, 'write', { orgPath: nominee.path });
    const id = randomUUID();
    const row = await this.commands.run(caller, async ({ tx, audit }) => {
      const inserted = await this.nominations.create(tx, {
        id,
        honourCode: honour.code,
        year: body.year,
        conferring,
        nominee,
        source: body.source ?? 'manual',
        material: body.material ?? null,
        createdBy: caller.principal.userId,
      });
      await audit({
        action: 'nomination.created',
        entity: { type: 'nomination', id, orgUnitId: nominee.unitId, orgPath: nominee.path },
        after: { honourCode: honour.code, year: body.year, nominee: nominee.name },
      });
      return inserted;
    });
    return nominationView(row);
  }
}
