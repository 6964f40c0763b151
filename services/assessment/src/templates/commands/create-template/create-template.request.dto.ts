import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';
import type { TemplateDefinition } from '@lc/scoring';

export class TemplateDefinitionRequestDto {
  // Documented loosely on the way in (the shape is TemplateDefinitionDto, as templates are answered): the
  // fuzzer cannot generate bodies through the nested form, and validateTemplate names every problem anyway.
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The whole form, shaped as TemplateDefinitionDto (categories → items → rule); every problem of it is named in the 400',
  })
  @IsObject({ message: 'definition: must be an object describing the form' })
  definition: TemplateDefinition;
}
