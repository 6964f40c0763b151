/**
 * The Chinese message for one failed class-validator constraint, naming the field: the constraint's
 * name (as it appears in ValidationError.constraints) and its arguments (the numbers and lists the
 * decorator was given) are all that is needed, so a DTO's own English wording does not matter here.
 */
type Phrase = (field: string, args: readonly unknown[]) => string;

const quoted = (field: string) => `「${field}」`;
const list = (values: unknown): string => (Array.isArray(values) ? values.map(String).join('、') : String(values));
const enumValues = (args: readonly unknown[]): string => {
  const [enumObject] = args;
  if (enumObject && typeof enumObject === 'object' && !Array.isArray(enumObject)) {
    return [...new Set(Object.values(enumObject).filter((v) => typeof v === 'string' || typeof v === 'number'))].join('、');
  }
  return list(enumObject);
};

const PHRASES: Record<string, Phrase> = {
  isDefined: (f) => `${quoted(f)}必须填写`,
  isNotEmpty: (f) => `${quoted(f)}不能为空`,
  isNotBlank: (f) => `${quoted(f)}不能为空，也不能只有空格`,
  isEmpty: (f) => `${quoted(f)}必须为空`,
  whitelistValidation: (f) => `不接受字段${quoted(f)}，请去掉它`,
  unknownValue: () => '请求内容无法识别',
  nestedValidation: (f) => `${quoted(f)}必须是一个对象`,
  isString: (f) => `${quoted(f)}必须是文字`,
  isBoolean: (f) => `${quoted(f)}必须是 true 或 false`,
  isInt: (f) => `${quoted(f)}必须是整数`,
  isNumber: (f) => `${quoted(f)}必须是数字`,
  isNumberString: (f) => `${quoted(f)}必须是数字`,
  isPositive: (f) => `${quoted(f)}必须大于 0`,
  isNegative: (f) => `${quoted(f)}必须小于 0`,
  min: (f, [min]) => `${quoted(f)}不能小于 ${String(min)}`,
  max: (f, [max]) => `${quoted(f)}不能大于 ${String(max)}`,
  maxLength: (f, [max]) => `${quoted(f)}长度不能超过 ${String(max)} 个字符`,
  minLength: (f, [min]) => `${quoted(f)}长度不能少于 ${String(min)} 个字符`,
  isLength: (f, [min, max]) =>
    max === undefined ? `${quoted(f)}长度不能少于 ${String(min)} 个字符` : `${quoted(f)}长度须在 ${String(min)} 到 ${String(max)} 个字符之间`,
  isIn: (f, [values]) => `${quoted(f)}必须是以下之一：${list(values)}`,
  isNotIn: (f, [values]) => `${quoted(f)}不能是以下之一：${list(values)}`,
  isEnum: (f, args) => `${quoted(f)}必须是以下之一：${enumValues(args)}`,
  equals: (f, [value]) => `${quoted(f)}必须是 ${String(value)}`,
  matches: (f) => `${quoted(f)}格式不正确`,
  isUuid: (f) => `${quoted(f)}必须是 UUID`,
  isDateString: (f) => `${quoted(f)}必须是日期时间，例如 2026-05-01`,
  isIso8601: (f) => `${quoted(f)}必须是日期时间，例如 2026-05-01`,
  isDate: (f) => `${quoted(f)}必须是日期`,
  isCalendarDate: (f) => `${quoted(f)}必须是真实存在的日期，格式为 YYYY-MM-DD`,
  isEmail: (f) => `${quoted(f)}必须是电子邮箱地址`,
  isMobilePhone: (f) => `${quoted(f)}必须是手机号码`,
  isPhoneNumber: (f) => `${quoted(f)}必须是电话号码`,
  maxDate: (f) => `${quoted(f)}的日期太晚`,
  minDate: (f) => `${quoted(f)}的日期太早`,
  isNotEmptyObject: (f) => `${quoted(f)}不能是空对象`,
  isUrl: (f) => `${quoted(f)}必须是网址`,
  isArray: (f) => `${quoted(f)}必须是列表`,
  isObject: (f) => `${quoted(f)}必须是一个对象`,
  arrayNotEmpty: (f) => `${quoted(f)}不能是空列表`,
  arrayMinSize: (f, [min]) => `${quoted(f)}至少要有 ${String(min)} 项`,
  arrayMaxSize: (f, [max]) => `${quoted(f)}最多只能有 ${String(max)} 项`,
  arrayUnique: (f) => `${quoted(f)}中的各项不能重复`,
  yearInRange: (f, [first, last]) => `${quoted(f)}必须是 ${String(first)} 到 ${String(last)} 之间的年份，例如 2026`,
  isAcceptablePassword: (f) => `${quoted(f)}太容易被猜到或太短：请用更长、不常见的密码，不要用姓名、日期或键盘上连着的字`,
};

/** 「field」 and a sentence for the constraint; a constraint not in the table still names the field. */
export function chineseValidationMessage(constraint: string, field: string, args: readonly unknown[] = []): string {
  const phrase = PHRASES[constraint];
  return phrase ? phrase(field, args) : `${quoted(field)}不符合要求`;
}

/** Constraints the table words itself (for tests and for spotting a decorator that needs a context). */
export const TRANSLATED_CONSTRAINTS: readonly string[] = Object.keys(PHRASES);
