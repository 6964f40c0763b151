import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { HazardCategory, hazardCategories } from '@lc/contracts';
import { IsNotBlank } from '@lc/platform';

/** The text fields of the multipart report; the photos come in the `photos` file field. */
export class ReportHazardRequestDto {
  @ApiProperty({ description: 'The enterprise (its enterprise union unit id) where the hazard is' })
  @IsString()
  @IsNotBlank()
  enterpriseUnitId: string;

  @ApiProperty({ description: 'Where in the enterprise, in words: workshop, line, place', maxLength: 200 })
  @IsString()
  @IsNotBlank({ message: 'location: say where the hazard is' })
  @MaxLength(200)
  location: string;

  @ApiPropertyOptional({ minimum: -90, maximum: 90 })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({}, { message: 'latitude: must be a number of degrees' })
  @Min(-90)
  @Max(90)
  latitude?: number;

  @ApiPropertyOptional({ minimum: -180, maximum: 180 })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({}, { message: 'longitude: must be a number of degrees' })
  @Min(-180)
  @Max(180)
  longitude?: number;

  @ApiProperty({ enum: hazardCategories, description: 'accident: 事故隐患; occupational: 职业危害' })
  @IsIn(hazardCategories, { message: `category: must be one of ${hazardCategories.join(', ')}` })
  category: HazardCategory;

  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @IsNotBlank({ message: 'description: describe the hazard' })
  @MaxLength(2000)
  description: string;

  @ApiPropertyOptional({ default: false, description: 'An anonymous report keeps no trace of who made it that anyone can see' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' || value === true ? true : value === 'false' || value === false ? false : value))
  @IsBoolean({ message: 'anonymous: must be true or false' })
  anonymous?: boolean;
}
