import { SignJWT } from 'jose';
import { createPrivateKey } from 'node:crypto';
import { generateSigningKeyPair, InvalidTokenError, Principal, TokenIssuer, TokenVerifier } from './tokens';

const principal: Principal = {
  userId: 'u-county-cadre',
  displayName: '王芳',
  orgUnitId: 'county-a',
  orgPath: '/city/county-a',
  roles: ['county_union_cadre'],
};

describe('access tokens', () => {
  const keys = generateSigningKeyPair();
  const issuer = new TokenIssuer(keys.privateKeyPem, 3600);
  const withSession = { ...principal, sessionId: 's-1' };
  const verifier = new TokenVerifier(keys.publicKeyPem);

  it('round-trips the principal through a token verified with the public key only', async () => {
    const token = await issuer.issue(principal, 's-1');
    await expect(verifier.verify(token)).resolves.toEqual(withSession);
  });

  it('rejects an expired token', async () => {
    const token = await issuer.issue(principal, 's-1', new Date('2026-01-01T00:00:00Z'));
    await expect(verifier.verify(token, new Date('2026-01-01T02:00:00Z'))).rejects.toThrow('access token rejected: expired');
  });

  it('still refuses a token it verified once, after it expires', async () => {
    const token = await issuer.issue(principal, 's-1', new Date('2026-01-01T00:00:00Z'));
    await expect(verifier.verify(token, new Date('2026-01-01T00:30:00Z'))).resolves.toEqual(withSession);
    await expect(verifier.verify(token, new Date('2026-01-01T00:59:00Z'))).resolves.toEqual(withSession);
    await expect(verifier.verify(token, new Date('2026-01-01T01:00:01Z'))).rejects.toThrow('access token rejected: expired');
  });

  it('keeps no more verified tokens than it was told, and verifies a dropped one again', async () => {
    const small = new TokenVerifier(keys.publicKeyPem, 2);
    const tokens = await Promise.all(['a', 'b', 'c'].map((n) => issuer.issue({ ...principal, userId: n }, 's-1')));
    for (const token of tokens) await small.verify(token);
    await expect(small.verify(tokens[0])).resolves.toMatchObject({ userId: 'a' });
    const tampered = `${tokens[0].slice(0, -4)}AAAA`;
    await expect(small.verify(tampered)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('rejects a token signed with another key', async () => {
    const other = new TokenIssuer(generateSigningKeyPair().privateKeyPem);
    await expect(verifier.verify(await other.issue(principal, 's-1'))).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('rejects a token whose payload was altered', async () => {
    const [header, payload, signature] = (await issuer.issue(principal, 's-1')).split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, roles: ['city_union_cadre'] })).toString('base64url');
    await expect(verifier.verify([header, forged, signature].join('.'))).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('rejects a token without the claims a principal needs', async () => {
    // Without a session id too: such a token could never be revoked.
    const { sid: _sid, ...withoutSession } = JSON.parse(Buffer.from((await issuer.issue(principal, 's-1')).split('.')[1], 'base64url').toString());
    const unsessioned = await new SignJWT(withoutSession)
      .setProtectedHeader({ alg: 'EdDSA' })
      .sign(createPrivateKey(keys.privateKeyPem));
    await expect(verifier.verify(unsessioned)).rejects.toThrow('access token rejected: claims are incomplete');
    const token = await new SignJWT({ roles: ['worker'] })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer('labour-competition/registration')
      .setAudience('labour-competition')
      .setExpirationTime('1h')
      .sign(createPrivateKey(keys.privateKeyPem));
    await expect(verifier.verify(token)).rejects.toThrow('access token rejected: claims are incomplete');
  });

  it('rejects text that is not a token', async () => {
    await expect(verifier.verify('not.a.token')).rejects.toBeInstanceOf(InvalidTokenError);
  });
});
