import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';
import type { TemplateDefinition } from '../../../scoring';
import { TemplateDefinitionDto } from '../../template-definition.dto';

export class TemplateDefinitionRequestDto {
  @ApiProperty({ type: TemplateDefinitionDto, description: 'The whole form; every problem of it is named in the 400' })
  @IsObject({ message: 'definition: must be an object describing the form' })
  definition: TemplateDefinition;
}
