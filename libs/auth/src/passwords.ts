import { randomBytes, scrypt as scryptCallback, ScryptOptions, timingSafeEqual } from 'node:crypto';

/**
 * Password hashing with scrypt (RFC 7914), the memory-hard KDF built into Node. The stored form keeps
 * its parameters, so they can be raised later while old hashes still verify:
 *   scrypt$<log2 N>$<r>$<p>$<salt base64>$<hash base64>
 */
const CURRENT = { log2N: 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

function derive(password: string, salt: Buffer, params: { log2N: number; r: number; p: number }): Promise<Buffer> {
  const N = 2 ** params.log2N;
  const options: ScryptOptions = { N, r: params.r, p: params.p, maxmem: 256 * N * params.r };
  return new Promise((resolve, reject) =>
    scryptCallback(password.normalize('NFC'), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, CURRENT);
  return ['scrypt', CURRENT.log2N, CURRENT.r, CURRENT.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [log2N, r, p] = parts.slice(1, 4).map(Number);
  if (![log2N, r, p].every(Number.isInteger) || log2N < 10 || log2N > 20) return false;
  const expected = Buffer.from(parts[5], 'base64');
  const actual = await derive(password, Buffer.from(parts[4], 'base64'), { log2N, r, p });
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** True when a stored hash was made with weaker parameters than today's: rehash at the next login. */
export function needsRehash(stored: string): boolean {
  const [scheme, log2N, r, p] = stored.split('$');
  return scheme !== 'scrypt' || Number(log2N) < CURRENT.log2N || Number(r) < CURRENT.r || Number(p) < CURRENT.p;
}
