import { ApiProperty } from '@nestjs/swagger';

/** What an import answers: every row was taken, or none was (a 400 lists the problems). */
export class ImportResultDto {
  @ApiProperty({ type: 'integer', description: 'Rows imported' }) imported: number;
}

export class EnterpriseImportResultDto extends ImportResultDto {
  @ApiProperty({ type: [String], description: 'The ids of the enterprise unions created, in row order' }) ids: string[];
}
