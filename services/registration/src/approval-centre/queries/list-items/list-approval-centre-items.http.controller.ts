import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, PageQueryDto, SortParam } from '@lc/platform';
import { Box, BOX_SORT_COLUMNS, boxes, boxPage, delegatorsOf, withSubmitters } from '../../approval-centre.queries';
import { ApprovalCentrePageDto } from '../../approval-centre-item.response.dto';

class ListApprovalCentreItemsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: boxes,
    default: 'todo',
    description: "todo 待办 (oldest first), done 已办, mine 我发起的, cc 抄送我的 (newest first)",
  })
  @IsOptional()
  @IsIn(boxes, { message: `box must be one of ${boxes.join(', ')}` })
  box: Box = 'todo';

  @ApiPropertyOptional({ description: "Only items of this kind, e.g. 'plan-filing', 'nomination'" })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  kind?: string;

  @SortParam(Object.keys(BOX_SORT_COLUMNS), "at: the box's own time (waiting since, decided, submitted, copied); dueAt: the step's deadline. The box's own order when not given")
  sort?: string;

  @ApiPropertyOptional({ description: 'Part of the title' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'Only items past their step deadline, still waiting for an approver', type: Boolean })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: "overdueOnly must be 'true' or 'false'" })
  overdueOnly?: boolean;
}

/** The approval centre (审批中心): one list of the caller's approval items of every service. */
@ApiTags('approval-centre')
@Controller('approval-centre')
export class ListApprovalCentreItemsHttpController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('items')
  @ApiOperation({
    operationId: 'listApprovalCentreItems',
    summary: '审批中心列表（待办、已办、我发起的、抄送我的）',
    description:
      "The caller's own items only, from every service's approval chains. 待办 also holds the items of approvers who delegated to the caller under a delegation in force (onBehalfOf names them).",
  })
  @ApiOkResponse({ type: ApprovalCentrePageDto })
  async list(@Query() query: ListApprovalCentreItemsQueryDto, @CurrentCaller() caller: Caller): Promise<ApprovalCentrePageDto> {
    const me = caller.principal.userId;
    const delegators = query.box === 'todo' ? await delegatorsOf(this.dataSource, me) : [];
    const { rows, total } = await boxPage(this.dataSource, query.box, me, delegators, query, query);
    return { items: await withSubmitters(this.dataSource, rows), total };
  }
}
