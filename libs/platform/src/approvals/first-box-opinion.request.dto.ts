import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsNotBlank } from '../http/not-blank.validator';

/**
 * What a submission that goes up an approval chain may carry: the submitter's opinion for the first
 * box, which they fill with the submission when they hold its role (ApprovalsService.submit).
 */
export class FirstBoxOpinionRequestDto {
  @ApiPropertyOptional({
    description:
      "The submitter's opinion (意见) in the chain's first box, e.g. 同意推荐: when the submitter holds that box's role, the submission fills it, signed in their name, and the chain waits at the next box. Required when nobody else could fill it; refused (403) from a submitter who does not hold it.",
    maxLength: 2000,
    example: '该班组管理规范，成绩突出，同意推荐',
  })
  @IsOptional()
  @IsString()
  @IsNotBlank({ message: 'firstBoxOpinion must not be blank: write the opinion, or leave the field out', context: { messageZh: '「firstBoxOpinion」不能为空白：请填写意见，或不填该字段' } })
  @MaxLength(2000)
  firstBoxOpinion?: string;
}
