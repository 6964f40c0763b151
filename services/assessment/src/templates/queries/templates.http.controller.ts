import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { templateView } from '../template.row';
import { TemplateRepository } from '../template.repository';
import { TemplateDto } from '../template-definition.dto';

class TemplateVersionQueryDto {
  @ApiPropertyOptional({ description: 'Default: the latest', minimum: 1, maximum: 2_147_483_647 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  // The column is an integer: a larger number is no version of any template.
  @Max(2_147_483_647)
  version?: number;
}

/** Templates are forms: anyone signed in may read them. */
@ApiTags('assessment templates')
@Controller('assessment-templates')
export class TemplatesHttpController {
  constructor(private readonly templates: TemplateRepository) {}

  @Get()
  @ApiOperation({
    operationId: 'listAssessmentTemplates',
    summary: '考核评价表列表',
    description: 'Anyone signed in: the latest version of every template, built-in forms first.',
  })
  @ApiOkResponse({ type: [TemplateDto], description: 'The latest version of every template (built-in forms first)' })
  async list() {
    const rows = await this.templates.latestVersions();
    return rows.sort((a, b) => Number(b.built_in) - Number(a.built_in) || a.code.localeCompare(b.code)).map(templateView);
  }

  @Get(':code')
  @ApiOperation({
    operationId: 'getAssessmentTemplate',
    summary: '查看考核评价表',
    description: 'Anyone signed in: one version of a template (the latest by default) with its definition.',
  })
  @ApiOkResponse({ type: TemplateDto, description: 'One version of the template with its definition' })
  async get(@Param('code') code: string, @Query() query: TemplateVersionQueryDto) {
    return templateView(await this.templates.byCode(code, query.version));
  }
}
