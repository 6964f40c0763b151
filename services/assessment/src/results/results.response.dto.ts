import { ApiProperty } from '@nestjs/swagger';

/** A finalised sheet ranked within its level (1, 2, 2, 4 on equal scores). */
export class RankedSheetDto {
  @ApiProperty({ format: 'uuid' }) sheetId: string;
  @ApiProperty() unitId: string;
  @ApiProperty({ type: String, nullable: true }) unitName: string | null;
  @ApiProperty() unitPath: string;
  @ApiProperty({ enum: ['enterprise', 'team'] }) level: string;
  @ApiProperty({ type: 'integer' }) revision: number;
  @ApiProperty() score: number;
  @ApiProperty() maxScore: number;
  @ApiProperty({ description: '合格' }) passed: boolean;
  @ApiProperty({ type: 'integer' }) rank: number;
  @ApiProperty({ type: 'integer', description: 'Sheets ranked at the level' }) rankedAmong: number;
  @ApiProperty() templateCode: string;
  @ApiProperty({ type: 'integer' }) templateVersion: number;
}

export class ResultsPublicationDto {
  @ApiProperty({ type: 'integer', description: 'assessment.completed events sent for new or changed results' }) published: number;
  @ApiProperty({ type: 'integer', description: 'Results already published as they are' }) unchanged: number;
}
