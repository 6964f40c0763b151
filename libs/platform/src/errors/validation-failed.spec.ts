import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, ValidateNested } from 'class-validator';
import { IsNotBlank } from '../http/not-blank.validator';
import { DomainValidationPipe, ValidationFailed } from './validation-failed';

class LeaderDto {
  @Matches(/^1\d{10}$/, { message: 'mobile must be an 11-digit mainland mobile number', context: { messageZh: '「$property」必须是 11 位手机号码' } })
  mobile!: string;
}

class DecisionDto {
  @IsString()
  @MaxLength(100)
  decisionId!: string;

  @IsIn(['approve', 'reject'])
  outcome!: string;

  @IsOptional()
  @IsInt()
  @Max(5)
  score?: number;

  @IsNotBlank()
  reason!: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => LeaderDto)
  leader?: LeaderDto;
}

const body: ArgumentMetadata = { type: 'body', metatype: DecisionDto };
const options = { whitelist: true, forbidNonWhitelisted: true, transform: true };

async function refusalOf(pipe: ValidationPipe, value: unknown): Promise<unknown> {
  return pipe.transform(value, body).then(
    () => undefined,
    (err: unknown) => err,
  );
}

describe('DomainValidationPipe', () => {
  const input = { decisionId: 'x'.repeat(101), outcome: 'maybe', score: 9, reason: '  ', leader: { mobile: '123' }, salary: 1 };

  it('refuses with ValidationFailed carrying the same English messages Nest gives', async () => {
    const nest = (await refusalOf(new ValidationPipe(options), input)) as { getResponse(): { message: string[] } };
    const ours = await refusalOf(new DomainValidationPipe(options), input);
    expect(ours).toBeInstanceOf(ValidationFailed);
    expect((ours as ValidationFailed).messages).toEqual(nest.getResponse().message);
  });

  it('gives each failed field and constraint a Chinese message naming the field, with the decorator’s numbers and lists', async () => {
    const failed = (await refusalOf(new DomainValidationPipe(options), input)) as ValidationFailed;
    // Unknown fields are listed first, as in Nest's English list.
    expect(failed.field).toBe('salary');
    expect(failed.errors).toEqual(
      expect.arrayContaining([
        { field: 'decisionId', code: 'maxLength', message: 'decisionId must be shorter than or equal to 100 characters', messageZh: '「decisionId」长度不能超过 100 个字符' },
        { field: 'outcome', code: 'isIn', message: 'outcome must be one of the following values: approve, reject', messageZh: '「outcome」必须是以下之一：approve、reject' },
        { field: 'score', code: 'max', message: 'score must not be greater than 5', messageZh: '「score」不能大于 5' },
        { field: 'reason', code: 'isNotBlank', message: 'reason must not be empty or only spaces', messageZh: '「reason」不能为空，也不能只有空格' },
        { field: 'salary', code: 'whitelistValidation', message: 'property salary should not exist', messageZh: '不接受字段「salary」，请去掉它' },
      ]),
    );
  });

  it('uses the Chinese a DTO gives in its context for its own English message, at the nested path', async () => {
    const failed = (await refusalOf(new DomainValidationPipe(options), input)) as ValidationFailed;
    expect(failed.errors).toContainEqual({
      field: 'leader.mobile',
      code: 'matches',
      message: 'leader.mobile must be an 11-digit mainland mobile number',
      messageZh: '「leader.mobile」必须是 11 位手机号码',
    });
  });

  it('keeps the per-field entries within the same bound as the English list, so a huge payload gets a bounded answer', async () => {
    const pipe = new DomainValidationPipe({ ...options, maxErrorMessagesLength: 200 });
    const many = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`extra${i}`, i]));
    const failed = (await refusalOf(pipe, { ...input, ...many })) as ValidationFailed;
    expect(failed.errors.length).toBeLessThan(10);
    expect(failed.errors.length).toBeGreaterThan(0);
  });
});
