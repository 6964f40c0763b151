import { createHash, randomInt } from 'node:crypto';

/**
 * What an anonymous reporter holds instead of a link to their account (as whistle-blowing lines do:
 * a report key and a PIN, shown once): the key finds the report, the PIN proves it is theirs. Both are
 * 12 characters of Crockford's base 32 (no I, L, O, U: nothing to misread on a phone or on paper),
 * written in groups of four, 60 random bits each. The key is kept as a SHA-256 digest (it is random, so
 * a fast digest cannot be reversed by guessing); the PIN only as a slow scrypt hash.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 12;

export function newSecretCode(length = LENGTH): string {
  const chars = Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return chars.join('').replace(/(.{4})(?=.)/g, '$1-');
}

/**
 * The code as typed, read leniently: case, spaces and hyphens do not matter, and the letters people
 * confuse with digits read as those digits (O → 0, I and L → 1). Undefined when it cannot be one of ours.
 */
export function normaliseSecretCode(typed: string, length = LENGTH): string | undefined {
  const code = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (code.length !== length || [...code].some((c) => !ALPHABET.includes(c))) return undefined;
  return code;
}

export const digestOf = (normalisedCode: string): string => createHash('sha256').update(normalisedCode).digest('hex');

export const SECRET_CODE_LENGTH = LENGTH;
