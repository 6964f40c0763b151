import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';
import type { TemplateDefinition } from '../../../scoring';

export class TemplateDefinitionRequestDto {
  @ApiProperty({
    description:
      'The whole form: { code, name, totalPoints, passThreshold, categories: [{ key, name, points, items: [{ key, text, maxPoints, rule }] }] }. ' +
      "Rules: { kind: 'presence', points } | { kind: 'per-missing', required, deductionPerMissing } | " +
      "{ kind: 'per-shortfall', metrics: [{ key, name, target }], step, deductionPerStep } | { kind: 'judged', step? }",
  })
  @IsObject({ message: 'definition: must be an object describing the form' })
  definition: TemplateDefinition;
}
