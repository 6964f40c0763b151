import { createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject } from 'node:crypto';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';

/** Who is calling: the user, the one org unit they act for, its ancestor path, and their roles. */
export interface Principal {
  userId: string;
  displayName: string;
  orgUnitId: string;
  /** Ancestor path of the org unit, e.g. /city/county-a/town-1; scope checks compare paths. */
  orgPath: string;
  roles: string[];
  /**
   * The login session the token belongs to (its `sid` claim); set on every verified token. Services
   * refuse tokens of sessions that have ended (logout, a password change, deactivation…).
   */
  sessionId?: string;
}

const ALGORITHM = 'EdDSA';
const ISSUER = 'labour-competition/registration';
const AUDIENCE = 'labour-competition';

export class InvalidTokenError extends Error {
  constructor(reason: string) {
    super(`access token rejected: ${reason}`);
    this.name = 'InvalidTokenError';
  }
}

/** A fresh Ed25519 key pair as PEM text, for development, tests and first installation. */
export function generateSigningKeyPair(): { privateKeyPem: string; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/**
 * Signs access tokens; only the service that logs users in holds the private key. Tokens are
 * short-lived (minutes): a session lives on through refresh tokens, and an ended session's tokens
 * are refused by every service, but a service that missed the news still refuses them once they expire.
 */
export class TokenIssuer {
  private readonly key: KeyObject;

  constructor(
    privateKeyPem: string,
    readonly ttlSeconds = 5 * 60,
  ) {
    this.key = createPrivateKey(privateKeyPem);
  }

  issue(principal: Principal, sessionId: string, now = new Date()): Promise<string> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    return new SignJWT({ name: principal.displayName, org: principal.orgUnitId, path: principal.orgPath, roles: principal.roles, sid: sessionId })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(principal.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.ttlSeconds)
      .sign(this.key);
  }
}

/** Verifies access tokens with the public key only; every service has one. */
export class TokenVerifier {
  private readonly key: KeyObject;
  /**
   * Tokens already verified, until they expire: a signature checked once stays good, and checking it on
   * every request of a session costs more CPU than anything else the request does. Bounded; the oldest
   * go first.
   */
  private readonly verified = new Map<string, { principal: Principal; expiresAtMs: number }>();

  constructor(
    publicKeyPem: string,
    private readonly cacheSize = 10_000,
  ) {
    this.key = createPublicKey(publicKeyPem);
  }

  async verify(token: string, now = new Date()): Promise<Principal> {
    const known = this.verified.get(token);
    if (known && known.expiresAtMs > now.getTime()) return known.principal;
    if (known) this.verified.delete(token);
    const { principal, expiresAtMs } = await this.check(token, now);
    if (this.verified.size >= this.cacheSize) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(token, { principal, expiresAtMs });
    return principal;
  }

  private async check(token: string, now: Date): Promise<{ principal: Principal; expiresAtMs: number }> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: ISSUER,
        audience: AUDIENCE,
        currentDate: now,
      });
      const { sub, name, org, path, roles, exp, sid } = payload as Record<string, unknown>;
      if (
        typeof sub !== 'string' ||
        typeof org !== 'string' ||
        typeof path !== 'string' ||
        !isStringArray(roles) ||
        typeof exp !== 'number' ||
        typeof sid !== 'string'
      ) {
        throw new InvalidTokenError('claims are incomplete');
      }
      return {
        principal: { userId: sub, displayName: typeof name === 'string' ? name : sub, orgUnitId: org, orgPath: path, roles, sessionId: sid },
        expiresAtMs: exp * 1000,
      };
    } catch (err) {
      if (err instanceof InvalidTokenError) throw err;
      if (err instanceof joseErrors.JWTExpired) throw new InvalidTokenError('expired');
      throw new InvalidTokenError(err instanceof joseErrors.JOSEError ? err.code : 'malformed');
    }
  }
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}
