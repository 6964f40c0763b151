import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';

/**
 * The scoring template's shape (scoring/template.types.ts) for the API docs and generated clients.
 * Only documentation: a definition is checked by validateTemplate, which names each field at fault.
 */
class PresenceRuleDto {
  @ApiProperty({ enum: ['presence'] }) kind: 'presence';
  @ApiProperty({ description: "Equal to the item's maxPoints" }) points: number;
}

class PerMissingRuleDto {
  @ApiProperty({ enum: ['per-missing'] }) kind: 'per-missing';
  @ApiProperty({ type: 'integer', description: 'How many units are expected' }) required: number;
  @ApiProperty({ description: '每少 1 项扣 X 分' }) deductionPerMissing: number;
}

class ShortfallMetricDto {
  @ApiProperty() key: string;
  @ApiProperty({ example: '知晓率' }) name: string;
  @ApiProperty({ description: 'Target rate in percent, in (0, 100]' }) target: number;
}

class PerShortfallRuleDto {
  @ApiProperty({ enum: ['per-shortfall'] }) kind: 'per-shortfall';
  @ApiProperty({ type: [ShortfallMetricDto] }) metrics: ShortfallMetricDto[];
  @ApiProperty({ description: 'Percentage points per step (Y)' }) step: number;
  @ApiProperty({ description: 'Points deducted per full step short (X)' }) deductionPerStep: number;
}

class JudgedRuleDto {
  @ApiProperty({ enum: ['judged'] }) kind: 'judged';
  @ApiPropertyOptional({ description: 'Points are given on this grid, e.g. 0.5' }) step?: number;
}

@ApiExtraModels(PresenceRuleDto, PerMissingRuleDto, PerShortfallRuleDto, JudgedRuleDto)
class TemplateItemDto {
  @ApiProperty({ description: 'Unique in the template: sheet inputs are keyed by it' }) key: string;
  @ApiProperty({ description: '考核内容, as printed' }) text: string;
  @ApiProperty({ description: '分值' }) maxPoints: number;
  @ApiProperty({
    oneOf: [PresenceRuleDto, PerMissingRuleDto, PerShortfallRuleDto, JudgedRuleDto].map((rule) => ({ $ref: getSchemaPath(rule) })),
    discriminator: { propertyName: 'kind' },
  })
  rule: PresenceRuleDto | PerMissingRuleDto | PerShortfallRuleDto | JudgedRuleDto;
}

class TemplateCategoryDto {
  @ApiProperty() key: string;
  @ApiProperty({ example: '三有' }) name: string;
  @ApiProperty({ description: "The sum of its items' maxPoints" }) points: number;
  @ApiProperty({ type: [TemplateItemDto] }) items: TemplateItemDto[];
}

/** A whole form (考核评价表): categories of items, each with the rule that turns an input into points. */
export class TemplateDefinitionDto {
  @ApiProperty({ example: 'pioneer-team-assessment-2018' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: '合计: the sum of the categories’ points' }) totalPoints: number;
  @ApiProperty({ description: 'Lowest total that passes (合格)' }) passThreshold: number;
  @ApiProperty({ type: [TemplateCategoryDto] }) categories: TemplateCategoryDto[];
}

export class TemplateDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'One of the forms the platform ships with' }) builtIn: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'The union that made it; null for a built-in form' }) ownerUnitId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: TemplateDefinitionDto }) definition: TemplateDefinitionDto;
}
