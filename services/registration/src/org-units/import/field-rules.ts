/**
 * Turning one non-blank cell's text into a value, or saying what the user should have written. Messages
 * are Chinese for the users and English for support staff, and always state what is expected.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
export type FieldRule<T> = (text: string) => Parsed<T>;

export function valid<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export function invalid(message: string): Parsed<never> {
  return { ok: false, message };
}

/** Ids of org units (ours and the ones users assign), safe in URLs and paths. */
export const idRule: FieldRule<string> = (text) =>
  /^[A-Za-z0-9_-]{1,64}$/.test(text)
    ? valid(text)
    : invalid('应为 1–64 位字母、数字、_ 或 - / must be 1 to 64 letters, digits, _ or -');

/** Length in characters as people count them (a rare character outside the BMP counts once). */
export function textRule(maxLength: number): FieldRule<string> {
  return (text) =>
    Array.from(text).length <= maxLength
      ? valid(text)
      : invalid(`不能超过 ${maxLength} 个字 / must be at most ${maxLength} characters`);
}

export function patternRule(pattern: RegExp, message: string): FieldRule<string> {
  return (text) => (pattern.test(text) ? valid(text) : invalid(message));
}

/** One of a fixed set of words; options are keyed in lower case, so Y, y, Yes and YES all match. */
export function choiceRule<T>(options: Readonly<Record<string, T>>, message: string): FieldRule<T> {
  return (text) => {
    const key = text.toLowerCase();
    return Object.hasOwn(options, key) ? valid(options[key]) : invalid(message);
  };
}

export function wholeNumberRule(min: number, max: number): FieldRule<number> {
  const message =
    `应为整数 ${min}–${max} / ` +
    `must be a whole number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}`;
  return (text) => {
    const value = /^\d+$/.test(text) ? Number(text) : NaN;
    return value >= min && value <= max ? valid(value) : invalid(message);
  };
}

/**
 * Long digit strings (credit codes, phone numbers) in a number-formatted Excel column come out of a CSV
 * export as 9.1310E+17. Said plainly, the fix is obvious; a length or check-digit complaint would mislead.
 */
export function notScientific<T>(rule: FieldRule<T>): FieldRule<T> {
  return (text) =>
    /^\d+(\.\d+)?e\+?\d+$/i.test(text)
      ? invalid(
          '已被 Excel 变成科学计数法，请把该列设为“文本”格式后重新输入 / ' +
            'Excel turned this into scientific notation; format the column as text and type it again',
        )
      : rule(text);
}
