import { chineseValidationMessage } from './validation-messages.zh';

describe('Chinese validation messages', () => {
  it.each([
    ['maxLength', [100], '「decisionId」长度不能超过 100 个字符'],
    ['minLength', [2], '「decisionId」长度不能少于 2 个字符'],
    ['isInt', [], '「decisionId」必须是整数'],
    ['min', [1], '「decisionId」不能小于 1'],
    ['max', [2100], '「decisionId」不能大于 2100'],
    ['isIn', [['approve', 'reject', 'return']], '「decisionId」必须是以下之一：approve、reject、return'],
    ['isEnum', [{ A: 'a', B: 'b' }], '「decisionId」必须是以下之一：a、b'],
    ['matches', [/^x$/], '「decisionId」格式不正确'],
    ['isUuid', ['4'], '「decisionId」必须是 UUID'],
    ['isDateString', [], '「decisionId」必须是日期时间，例如 2026-05-01'],
    ['isCalendarDate', [], '「decisionId」必须是真实存在的日期，格式为 YYYY-MM-DD'],
    ['isNotEmpty', [], '「decisionId」不能为空'],
    ['isNotBlank', [], '「decisionId」不能为空，也不能只有空格'],
    ['whitelistValidation', [], '不接受字段「decisionId」，请去掉它'],
    ['arrayMaxSize', [9], '「decisionId」最多只能有 9 项'],
  ])('words %s with the field and the decorator’s arguments', (constraint, args, expected) => {
    expect(chineseValidationMessage(constraint, 'decisionId', args)).toBe(expected);
  });

  it('still names the field for a constraint it has no words for', () => {
    expect(chineseValidationMessage('isLuhnValid', 'cardNumber')).toBe('「cardNumber」不符合要求');
  });
});
