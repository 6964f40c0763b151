import { ApiProperty } from '@nestjs/swagger';
import { orgUnitKinds } from '@lc/org';

export class EnterpriseShareDto {
  @ApiProperty({ description: 'Active enterprises of the group', example: 4 }) total: number;
  @ApiProperty({ description: 'Of them, how many take part in the period', example: 3 }) takingPart: number;
  @ApiProperty({ type: Number, nullable: true, description: 'takingPart ÷ total, 0 to 1 (4 decimals); null when total is 0', example: 0.75 })
  share: number | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'share ≥ target; null without a share', example: false }) meetsTarget: boolean | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Percentage points short of the target (2 decimals), 0 when met; null without a share', example: 5 })
  gapPoints: number | null;
}

export class WorkerParticipationDto {
  @ApiProperty({ description: 'Sum of the recorded headcounts of the active enterprises', example: 800 }) headcount: number;
  @ApiProperty({ description: 'Per enterprise the most workers entered in one competition of the period, capped at its headcount; summed', example: 464 })
  participants: number;
  @ApiProperty({ type: Number, nullable: true, description: 'participants ÷ headcount, 0 to 1 (4 decimals); null when headcount is 0', example: 0.58 })
  rate: number | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'rate ≥ target; null without a rate' }) meetsTarget: boolean | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Percentage points short of the target, 0 when met', example: 22 }) gapPoints: number | null;
}

export class CoverageFiguresDto {
  @ApiProperty({ type: EnterpriseShareDto, description: 'All active enterprises' }) all: EnterpriseShareDto;
  @ApiProperty({ type: EnterpriseShareDto, description: 'Above-scale enterprises (规模以上)' }) aboveScale: EnterpriseShareDto;
  @ApiProperty({ type: EnterpriseShareDto, description: 'Non-public enterprises (非公有制)' }) nonPublic: EnterpriseShareDto;
  @ApiProperty({ type: WorkerParticipationDto, description: 'Worker participation rate' }) workers: WorkerParticipationDto;
}

export class CoverageUnitDto {
  @ApiProperty({ example: 'county-east' }) id: string;
  @ApiProperty({ example: '东区总工会' }) name: string;
  @ApiProperty({ enum: orgUnitKinds }) kind: string;
}

export class RequestedUnitDto extends CoverageUnitDto {
  @ApiProperty({ example: '/demo-city/county-east' }) path: string;
}

export class ChildCoverageDto extends CoverageFiguresDto {
  @ApiProperty({ example: 'town-xinghua' }) id: string;
  @ApiProperty({ example: '兴华街道总工会' }) name: string;
  @ApiProperty({ enum: orgUnitKinds }) kind: string;
}

export class CoveragePeriodDto {
  @ApiProperty({ example: '2026-01-01' }) from: string;
  @ApiProperty({ example: '2026-12-31' }) to: string;
}

export class CoverageResponseDto extends CoverageFiguresDto {
  @ApiProperty({ type: RequestedUnitDto }) orgUnit: RequestedUnitDto;
  @ApiProperty({ type: CoveragePeriodDto }) period: CoveragePeriodDto;
  @ApiProperty({ description: 'The target the shares were compared with', example: 0.8 }) target: number;
  @ApiProperty({
    type: [ChildCoverageDto],
    description: 'The same figures for each active direct child unit (teams excepted), lagging first: by above-scale share ascending, children without above-scale enterprises last',
  })
  byChild: ChildCoverageDto[];
}
