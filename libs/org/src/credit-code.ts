import { InvalidCreditCodeError } from './org.errors';

/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015. Every enterprise has one; a mistyped code
 * would attach a team to the wrong enterprise or count an enterprise twice in coverage, so forms check
 * it before saving and say exactly what is wrong.
 *
 *   position 1       registration authority code (登记管理部门代码), e.g. 9 market regulation
 *   position 2       institution type code (机构类别代码), e.g. 1 enterprise
 *   positions 3-8    administrative region code of the registering authority (GB/T 2260, digits)
 *   positions 9-17   organisation code (组织机构代码, GB 11714), its own check character at 17
 *   position 18      check character over positions 1-17 (GB/T 17710 mod 31)
 */

/** The 31 characters a code may use, in value order: digits, then capitals without I, O, Z, S, V. */
export const creditCodeCharset = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weight of positions 1-17 (3^i mod 31). */
const creditCodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 11714 weights of the 8 body characters of an organisation code. */
const organisationCodeWeights = [3, 7, 9, 10, 5, 8, 4, 2];

/**
 * Registration authorities of GB 32100-2015 (position 1), with the institution types (position 2) of
 * those this platform meets. Decoding only: an unknown code is not rejected, because the table has been
 * extended by amendments and the check characters already catch typos.
 */
export const registrationAuthorities: Readonly<Record<string, { name: string; types?: Record<string, string> }>> = {
  '1': { name: '机构编制', types: { '1': '机关', '2': '事业单位', '3': '中央编办直接管理机构编制的群众团体', '9': '其他' } },
  '2': { name: '外交' },
  '3': { name: '司法行政' },
  '4': { name: '文化' },
  '5': { name: '民政', types: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' } },
  '6': { name: '旅游' },
  '7': { name: '宗教' },
  '8': { name: '工会', types: { '1': '基层工会', '9': '其他' } },
  '9': { name: '工商(市场监管)', types: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' } },
  A: { name: '中央军委改革和编制办公室' },
  N: { name: '农业' },
  Y: { name: '其他' },
};

export interface CreditCodeParts {
  registrationAuthorityCode: string;
  institutionTypeCode: string;
  regionCode: string;
  organisationCode: string;
  checkCharacter: string;
  /** Chinese names from the table above, when the codes are in it. */
  registrationAuthority?: string;
  institutionType?: string;
}

export type CreditCodeCheck = { ok: true; code: string; parts: CreditCodeParts } | { ok: false; reason: string };

/** Upper case and no surrounding blanks: what people paste from a licence or a web page. */
export function normaliseCreditCode(input: string): string {
  return input.trim().toUpperCase();
}

export function validateCreditCode(input: string): CreditCodeCheck {
  // Request bodies are parsed JSON: a number or null must get a reason, not a TypeError.
  if (typeof input !== 'string') return { ok: false, reason: 'must be 18 characters, got no text' };
  const code = normaliseCreditCode(input);
  if (code.length !== 18) {
    return { ok: false, reason: `must be 18 characters, got ${code.length}` };
  }
  const problem = problemInFirst17(code);
  if (problem) return { ok: false, reason: problem };
  if (!creditCodeCharset.includes(code[17])) return { ok: false, reason: notAllowed(code[17], 18) };

  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  if (code[17] !== expected) {
    return {
      ok: false,
      reason: `check character should be ${expected}, not ${code[17]}; one of the characters is probably mistyped`,
    };
  }
  const expectedOrg = organisationCodeCheckCharacter(code.slice(8, 16));
  if (code[16] !== expectedOrg) {
    return {
      ok: false,
      reason: `organisation code check character (position 17) should be ${expectedOrg}, not ${code[16]}`,
    };
  }
  return { ok: true, code, parts: partsOf(code) };
}

export function isValidCreditCode(input: string): boolean {
  return validateCreditCode(input).ok;
}

/** The normalised code, or InvalidCreditCodeError with the reason (for command handlers). */
export function assertCreditCode(input: string): string {
  const result = validateCreditCode(input);
  if (!result.ok) throw new InvalidCreditCodeError(`unified social credit code '${input}' ${result.reason}`, `统一社会信用代码「${input}」不符合国家标准（GB 32100-2015）：${result.reason}`);
  return result.code;
}

/**
 * Appends the check character to 17 valid characters (positions 1-17, the organisation code already
 * complete): for tests and demo data. Use completeOrganisationCode to make positions 9-17.
 */
export function makeCreditCode(prefix17: string): string {
  const prefix = normaliseCreditCode(prefix17);
  if (prefix.length !== 17) {
    throw new InvalidCreditCodeError(`a credit code prefix must be 17 characters, got ${prefix.length}`, `统一社会信用代码前 17 位应为 17 个字符，实际为 ${prefix.length} 个`);
  }
  const problem = problemInFirst17(prefix);
  if (problem) throw new InvalidCreditCodeError(`credit code prefix '${prefix17}' ${problem}`, `统一社会信用代码前 17 位「${prefix17}」不正确：${problem}`);
  const expectedOrg = organisationCodeCheckCharacter(prefix.slice(8, 16));
  if (prefix[16] !== expectedOrg) {
    throw new InvalidCreditCodeError(
      `credit code prefix '${prefix17}': organisation code check character (position 17) should be ${expectedOrg}`,
      `统一社会信用代码前 17 位「${prefix17}」：第 17 位（组织机构代码校验码）应为 ${expectedOrg}`,
    );
  }
  return prefix + creditCodeCheckCharacter(prefix);
}

/** The 9-character organisation code: 8 body characters and their GB 11714 check character. */
export function completeOrganisationCode(body8: string): string {
  const body = normaliseCreditCode(body8);
  if (body.length !== 8) {
    throw new InvalidCreditCodeError(`an organisation code body must be 8 characters, got ${body.length}`, `组织机构代码本体应为 8 个字符，实际为 ${body.length} 个`);
  }
  for (let i = 0; i < 8; i++) {
    if (!creditCodeCharset.includes(body[i])) throw new InvalidCreditCodeError(notAllowed(body[i], i + 1), `组织机构代码第 ${i + 1} 位不能是「${body[i]}」`);
  }
  return body + organisationCodeCheckCharacter(body);
}

/** Check character of positions 1-17: 31 − (Σ value × weight mod 31), where 31 becomes 0. */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += creditCodeCharset.indexOf(first17[i]) * creditCodeWeights[i];
  return creditCodeCharset[(31 - (sum % 31)) % 31];
}

/** GB 11714: 11 − (Σ value × weight mod 11); 10 is written X and 11 is written 0. Letters count A=10 … Z=35. */
export function organisationCodeCheckCharacter(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += organisationCodeValue(body8[i]) * organisationCodeWeights[i];
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

function organisationCodeValue(char: string): number {
  return /[0-9]/.test(char) ? Number(char) : char.charCodeAt(0) - 'A'.charCodeAt(0) + 10;
}

/** First problem in positions 1-17 of a normalised string: a character outside the set, a non-digit region. */
function problemInFirst17(code: string): string | undefined {
  for (let i = 0; i < 17; i++) {
    if (!creditCodeCharset.includes(code[i])) return notAllowed(code[i], i + 1);
  }
  for (let i = 2; i < 8; i++) {
    if (!/[0-9]/.test(code[i])) {
      return `has ${code[i]} at position ${i + 1}, but positions 3-8 are the administrative region code and must be digits`;
    }
  }
  return undefined;
}

function notAllowed(char: string, position: number): string {
  const shown = /\s/.test(char) ? 'a blank' : char;
  return (
    `contains ${shown} at position ${position} which is not allowed ` +
    '(only digits and capital letters except I, O, Z, S and V)'
  );
}

function partsOf(code: string): CreditCodeParts {
  const authority = registrationAuthorities[code[0]];
  return {
    registrationAuthorityCode: code[0],
    institutionTypeCode: code[1],
    regionCode: code.slice(2, 8),
    organisationCode: code.slice(8, 17),
    checkCharacter: code[17],
    ...(authority ? { registrationAuthority: authority.name } : {}),
    ...(authority?.types?.[code[1]] ? { institutionType: authority.types[code[1]] } : {}),
  };
}
