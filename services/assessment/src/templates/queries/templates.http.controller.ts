import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { TemplateRow, templateView } from '../template-row';
import { TemplateStore } from '../template-store';

/** Templates are forms: anyone signed in may read them. */
@ApiTags('assessment templates')
@Controller('assessment-templates')
export class TemplatesHttpController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly templates: TemplateStore,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'The latest version of every template (built-in forms first)' })
  async list() {
    const rows: TemplateRow[] = await this.dataSource.query(
      `SELECT DISTINCT ON (code) * FROM assessment_templates ORDER BY code, version DESC`,
    );
    return rows.sort((a, b) => Number(b.built_in) - Number(a.built_in) || a.code.localeCompare(b.code)).map(templateView);
  }

  @Get(':code')
  @ApiQuery({ name: 'version', required: false, description: 'Default: the latest' })
  @ApiOkResponse({ description: 'One version of the template with its definition' })
  async get(@Param('code') code: string, @Query('version', new ParseIntPipe({ optional: true })) version?: number) {
    return templateView(await this.templates.byCode(code, version));
  }
}
