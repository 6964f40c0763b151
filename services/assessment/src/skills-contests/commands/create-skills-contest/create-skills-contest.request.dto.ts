import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';

export class SchemeItemDto {
  @ApiProperty({ description: 'Key the judges score the item under: a letter, then letters, digits, - or _', example: 'practice' })
  @IsString()
  @Matches(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/, { message: 'key: start with a letter, then up to 39 letters, digits, - or _' })
  key: string;

  @ApiProperty({ example: '实际操作' })
  @IsString()
  @IsNotEmpty({ message: 'name: name the item' })
  @MaxLength(200)
  name: string;

  @ApiProperty({ description: 'The most points a judge may give for the item, at most two decimals', example: 70 })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false }, { message: 'maxPoints: must be a number with at most two decimals' })
  @Min(0.01, { message: 'maxPoints: must be more than 0' })
  @Max(10000, { message: 'maxPoints: must be at most 10000' })
  maxPoints: number;
}

/** A skills contest (技能比武) of one trade, organised by a union, with its marking scheme. */
export class CreateSkillsContestRequestDto {
  @ApiPropertyOptional({ description: 'The competition (劳动竞赛) the contest belongs to, if any' })
  @IsOptional()
  @IsUUID('all', { message: 'competitionId: must be a UUID' })
  competitionId?: string;

  @ApiProperty({ example: '2026年全县职工焊工技能比武' })
  @IsString()
  @IsNotEmpty({ message: 'name: name the contest' })
  @MaxLength(200)
  name: string;

  @ApiProperty({ description: '工种', example: '焊工' })
  @IsString()
  @IsNotEmpty({ message: 'trade: name the trade (工种) contested' })
  @MaxLength(100)
  trade: string;

  @ApiProperty({ description: 'The union that organises the contest: your unit or one under it' })
  @IsString()
  @IsNotEmpty({ message: 'organiserUnitId: name the organising union' })
  organiserUnitId: string;

  @ApiProperty({ type: [SchemeItemDto], description: 'The marking scheme: the total is the sum of the items; on an equal score, earlier items decide first' })
  @IsArray({ message: 'scheme: must be a list of { key, name, maxPoints }' })
  @ArrayMinSize(1, { message: 'scheme: needs at least one item' })
  @ArrayMaxSize(30, { message: 'scheme: at most 30 items' })
  @ValidateNested({ each: true })
  @Type(() => SchemeItemDto)
  scheme: SchemeItemDto[];

  @ApiPropertyOptional({ description: 'With at least this many judge totals, the highest and the lowest are dropped', default: 5, minimum: 3 })
  @IsOptional()
  @IsInt({ message: 'trimAtJudges: must be a whole number' })
  @Min(3, { message: 'trimAtJudges: must be at least 3, or dropping two totals leaves none' })
  @Max(100, { message: 'trimAtJudges: must be at most 100' })
  trimAtJudges?: number;
}
