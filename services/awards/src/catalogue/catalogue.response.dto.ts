import { ApiProperty } from '@nestjs/swagger';
import { conferringKinds } from './honour-catalogue';

const yuan = (description: string) => ({ example: '5000.00', description: `${description}; yuan, two decimals` });

export class HonourDto {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: Object.keys(conferringKinds) }) conferringLevel: string;
  @ApiProperty({ enum: ['person', 'team', 'unit'] }) nomineeKind: string;
  @ApiProperty({ description: '评选条件' }) criteria: string;
  @ApiProperty(yuan('物质奖励')) materialRewardYuan: string;
}

export class HonourQuotaDto {
  @ApiProperty() honourCode: string;
  @ApiProperty() unitId: string;
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty({ type: 'integer' }) quota: number;
  @ApiProperty({ type: 'integer' }) taken: number;
  @ApiProperty({ type: 'integer' }) left: number;
}

export class CompetitionFundDto {
  @ApiProperty() unitId: string;
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty(yuan('The year’s fund')) totalYuan: string;
  @ApiProperty(yuan('Paid out as material rewards')) spentYuan: string;
  @ApiProperty(yuan('Left')) leftYuan: string;
}

export class HonourQuotaLineDto {
  @ApiProperty() honourCode: string;
  @ApiProperty() honourName: string;
  @ApiProperty({ enum: Object.keys(conferringKinds) }) conferringLevel: string;
  @ApiProperty({ enum: ['person', 'team', 'unit'] }) nomineeKind: string;
  @ApiProperty({ description: 'The conferring union' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty({ type: 'integer' }) quota: number;
  @ApiProperty({ type: 'integer', description: 'Approved nominations holding a place (in publicity or conferred)' }) taken: number;
  @ApiProperty({ type: 'integer', description: 'Submitted nominations still in their approval chain' }) inApproval: number;
  @ApiProperty({ type: 'integer' }) left: number;
}

class FundEntryNomineeDto {
  @ApiProperty({ enum: ['person', 'team', 'unit'] }) kind: string;
  @ApiProperty() name: string;
}

export class FundEntryDto {
  @ApiProperty({ type: 'integer', description: 'The ledger line, in the order paid' }) lineNo: number;
  @ApiProperty({ format: 'uuid' }) nominationId: string;
  @ApiProperty() honourCode: string;
  @ApiProperty() honourName: string;
  @ApiProperty({
    type: FundEntryNomineeDto,
    nullable: true,
    description: 'Null when the nomination came from hazard reporting and you may not know the reporter',
  })
  nominee: FundEntryNomineeDto | null;
  @ApiProperty(yuan('Material reward paid')) amountYuan: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
}
