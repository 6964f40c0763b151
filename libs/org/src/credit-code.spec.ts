import {
  assertCreditCode,
  completeOrganisationCode,
  creditCodeCharset,
  creditCodeCheckCharacter,
  isValidCreditCode,
  makeCreditCode,
  organisationCodeCheckCharacter,
  validateCreditCode,
} from './credit-code';
import { InvalidCreditCodeError } from './org.errors';

/**
 * Real codes as published (business licences, the national enterprise credit publicity system), with
 * the holder's name as commonly given. Each was checked by computing both check characters before it
 * went in: a code recalled wrongly passes both by chance about once in 341 tries.
 */
const publishedCodes: [string, string][] = [
  ['91350100M000100Y43', 'the sample code most GB 32100-2015 validators quote (organisation code M000100Y4)'],
  ['914403001922038216', '华为技术有限公司 (Huawei Technologies), check character 6'],
  ['91440300708461136T', 'a Tencent company in Shenzhen'],
  ['91110108551385082Q', '小米科技有限责任公司 (Xiaomi)'],
  ['91110000802100433B', '北京百度网讯科技有限公司 (Baidu)'],
  ['91100000100003962T', '中国工商银行股份有限公司 (ICBC), registered nationally: region 100000'],
  ['91110000710926094P', '中国石油化工股份有限公司 (Sinopec)'],
  ['91520000214434146R', '贵州茅台酒股份有限公司 (Kweichow Moutai)'],
  ['9131000013221158XC', 'a Shanghai enterprise whose organisation code check character is X'],
  ['112302070019030687', 'a government organ (机构编制 authority 1, type 1 机关)'],
];

describe('unified social credit code (GB 32100-2015)', () => {
  it.each(publishedCodes)('%s is valid: %s', (code) => {
    expect(validateCreditCode(code)).toMatchObject({ ok: true, code });
  });

  it('decodes the parts of a code', () => {
    expect(validateCreditCode('91350100M000100Y43')).toEqual({
      ok: true,
      code: '91350100M000100Y43',
      parts: {
        registrationAuthorityCode: '9',
        institutionTypeCode: '1',
        regionCode: '350100',
        organisationCode: 'M000100Y4',
        checkCharacter: '3',
        registrationAuthority: '工商(市场监管)',
        institutionType: '企业',
      },
    });
  });

  it('decodes a government organ and leaves out names it does not know', () => {
    const result = validateCreditCode('112302070019030687');
    expect(result.ok && result.parts).toMatchObject({ registrationAuthority: '机构编制', institutionType: '机关' });
    const unknownAuthority = makeCreditCode(`B1350100${completeOrganisationCode('M0001000')}`);
    const decoded = validateCreditCode(unknownAuthority);
    expect(decoded.ok).toBe(true);
    expect(decoded.ok && decoded.parts.registrationAuthority).toBeUndefined();
  });

  it('accepts lower case and surrounding blanks, and returns the code normalised', () => {
    expect(validateCreditCode('  91350100m000100y43 ')).toMatchObject({ ok: true, code: '91350100M000100Y43' });
    expect(assertCreditCode('914403001922038216')).toBe('914403001922038216');
  });

  it('a code must be 18 characters', () => {
    expect(validateCreditCode('91350100M000100Y4')).toEqual({ ok: false, reason: 'must be 18 characters, got 17' });
    expect(validateCreditCode('91350100M000100Y433')).toEqual({ ok: false, reason: 'must be 18 characters, got 19' });
    expect(validateCreditCode('')).toEqual({ ok: false, reason: 'must be 18 characters, got 0' });
  });

  it('a value that is not text gets a reason, not a crash', () => {
    expect(validateCreditCode(null as unknown as string)).toEqual({ ok: false, reason: 'must be 18 characters, got no text' });
  });

  it.each([
    ['9135I100M000100Y43', 'I', 5],
    ['91350100O000100Y43', 'O', 9],
    ['91350100M000100Z43', 'Z', 16],
    ['91350100M000100YS3', 'S', 17],
    ['91350100M000100Y4V', 'V', 18],
  ])('%s contains %s at position %i, a letter codes never use', (code, letter, position) => {
    expect(validateCreditCode(code)).toEqual({
      ok: false,
      reason: `contains ${letter} at position ${position} which is not allowed (only digits and capital letters except I, O, Z, S and V)`,
    });
  });

  it('reports punctuation and blanks inside the code as characters that are not allowed', () => {
    expect(validateCreditCode('91350100-000100Y43')).toMatchObject({ reason: expect.stringContaining('contains - at position 9') });
    expect(validateCreditCode('91350100 000100Y43')).toMatchObject({
      reason: expect.stringContaining('contains a blank at position 9'),
    });
  });

  it('the administrative region code (positions 3-8) must be digits', () => {
    expect(validateCreditCode('9135A100M000100Y43')).toEqual({
      ok: false,
      reason: 'has A at position 5, but positions 3-8 are the administrative region code and must be digits',
    });
  });

  it('names the check character a code should have', () => {
    expect(validateCreditCode('91350100M000100Y44')).toEqual({
      ok: false,
      reason: 'check character should be 3, not 4; one of the characters is probably mistyped',
    });
    expect(validateCreditCode('914403001922038217')).toMatchObject({
      reason: expect.stringMatching(/^check character should be 6/),
    });
  });

  it('a code whose final check holds but whose organisation code check does not is refused', () => {
    // Position 17 made wrong on purpose, then the final character recomputed over it.
    const first17 = '91350100M000100Y5';
    const code = first17 + creditCodeCheckCharacter(first17);
    expect(validateCreditCode(code)).toEqual({
      ok: false,
      reason: 'organisation code check character (position 17) should be 4, not 5',
    });
  });

  it('changing any one character of a real code to any other allowed character is detected', () => {
    for (const [code] of publishedCodes) {
      for (let position = 0; position < 18; position++) {
        for (const replacement of creditCodeCharset) {
          if (replacement === code[position]) continue;
          const altered = code.slice(0, position) + replacement + code.slice(position + 1);
          expect([altered, isValidCreditCode(altered)]).toEqual([altered, false]);
        }
      }
    }
  });

  it('swapping two neighbouring different characters of a real code is detected', () => {
    for (const [code] of publishedCodes) {
      for (let position = 0; position < 17; position++) {
        if (code[position] === code[position + 1]) continue;
        const swapped = code.slice(0, position) + code[position + 1] + code[position] + code.slice(position + 2);
        expect([swapped, isValidCreditCode(swapped)]).toEqual([swapped, false]);
      }
    }
  });

  it('assertCreditCode throws a named error carrying the reason, for command handlers', () => {
    expect(() => assertCreditCode('91350100M000100Y44')).toThrow(InvalidCreditCodeError);
    expect(() => assertCreditCode('91350100M000100Y44')).toThrow(
      "unified social credit code '91350100M000100Y44' check character should be 3, not 4",
    );
  });
});

describe('organisation code check character (GB 11714)', () => {
  it('computes the check character of real organisation codes', () => {
    expect(organisationCodeCheckCharacter('M000100Y')).toBe('4');
    expect(organisationCodeCheckCharacter('19220382')).toBe('1');
    expect(organisationCodeCheckCharacter('13221158')).toBe('X');
    expect(completeOrganisationCode('70846113')).toBe('708461136');
  });

  it('writes a remainder of 0 as check character 0', () => {
    // 8 body characters whose weighted sum is a multiple of 11.
    expect(organisationCodeCheckCharacter('00000000')).toBe('0');
  });

  it('refuses a body that is not 8 allowed characters', () => {
    expect(() => completeOrganisationCode('1234567')).toThrow('an organisation code body must be 8 characters, got 7');
    expect(() => completeOrganisationCode('1234567I')).toThrow(/contains I at position 8/);
  });
});

describe('making codes for tests and demo data', () => {
  it('appends the check character that real codes carry', () => {
    for (const [code] of publishedCodes) expect(makeCreditCode(code.slice(0, 17))).toBe(code);
  });

  it('makes a valid code for a grassroots trade union (authority 8 工会, type 1 基层工会)', () => {
    const code = makeCreditCode(`81330522${completeOrganisationCode('MC000001')}`);
    expect(validateCreditCode(code)).toMatchObject({
      ok: true,
      parts: { registrationAuthority: '工会', institutionType: '基层工会', regionCode: '330522' },
    });
  });

  it('normalises the prefix', () => {
    expect(makeCreditCode('91350100m000100y4')).toBe('91350100M000100Y43');
  });

  it('refuses a prefix that could never make a valid code', () => {
    expect(() => makeCreditCode('91350100M000100Y')).toThrow('a credit code prefix must be 17 characters, got 16');
    expect(() => makeCreditCode('9135010OM000100Y4')).toThrow(/contains O at position 8/);
    expect(() => makeCreditCode('91350100M000100Y5')).toThrow(
      "credit code prefix '91350100M000100Y5': organisation code check character (position 17) should be 4",
    );
    expect(() => makeCreditCode('91350100M000100Y5')).toThrow(InvalidCreditCodeError);
  });
});
