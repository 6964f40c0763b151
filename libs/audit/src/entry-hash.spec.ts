import { createHash } from 'node:crypto';
import { canonicalJson, entryHash, GENESIS_HASH, HashedFields } from './entry-hash';

describe('canonicalJson', () => {
  it('sorts object keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('gives the same text whatever order the keys were built in', () => {
    expect(canonicalJson({ x: 1, y: { p: 1, q: 2 } })).toBe(canonicalJson({ y: { q: 2, p: 1 }, x: 1 }));
  });

  it('orders keys by UTF-16 code units, not by locale', () => {
    expect(canonicalJson({ b: 1, B: 2, 审: 3, a: 4, '10': 5, '9': 6 })).toBe('{"10":5,"9":6,"B":2,"a":4,"b":1,"审":3}');
  });

  it('keeps array order', () => {
    expect(canonicalJson([3, 1, 2])).toBe('[3,1,2]');
  });

  it('escapes strings as JSON does and keeps Chinese as it is', () => {
    expect(canonicalJson('a"b\\c\nd\te\u0001 同意')).toBe('"a\\"b\\\\c\\nd\\te\\u0001 同意"');
    expect(canonicalJson({ 'k"ey\n': 'v' })).toBe('{"k\\"ey\\n":"v"}');
  });

  it('writes numbers as JSON does', () => {
    expect(canonicalJson([0, -0, 1.5, 1e21, 0.1 + 0.2, -3])).toBe('[0,0,1.5,1e+21,0.30000000000000004,-3]');
  });

  it('refuses what JSON cannot carry instead of dropping it', () => {
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
    expect(() => canonicalJson({ a: undefined })).toThrow(TypeError);
    expect(() => canonicalJson([1, , 2])).toThrow(TypeError); // eslint-disable-line no-sparse-arrays
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
    expect(() => canonicalJson(Infinity)).toThrow(TypeError);
    expect(() => canonicalJson(10n)).toThrow(TypeError);
    expect(() => canonicalJson(new Date(0))).toThrow(/Date/);
    expect(() => canonicalJson(() => 1)).toThrow(TypeError);
  });

  it('accepts objects without a prototype', () => {
    const bare = Object.assign(Object.create(null), { b: 2, a: 1 });
    expect(canonicalJson(bare)).toBe('{"a":1,"b":2}');
  });
});

describe('entryHash', () => {
  const fields: HashedFields = {
    seq: 7,
    entryId: '2f1c4bde-0a9c-4a43-9d0e-6a2b1e0f5c11',
    occurredAt: '2026-05-01T08:30:00.123Z',
    actorId: 'user-1',
    actorOrgUnitId: 'county-a',
    action: 'org-unit.moved',
    entityType: 'org-unit',
    entityId: 'town-1',
    orgUnitId: 'town-1',
    orgPath: '/city/county-a/town-1',
    before: { parent: 'county-b' },
    after: { parent: 'county-a' },
    reason: '区划调整',
    correlationId: 'corr-1',
  };
  const prev = 'ab'.repeat(32);

  it('is 64 hex digits and depends only on its input', () => {
    expect(entryHash(prev, fields)).toMatch(/^[0-9a-f]{64}$/);
    expect(entryHash(prev, { ...fields })).toBe(entryHash(prev, fields));
  });

  it('does not depend on the order of keys inside before and after', () => {
    const a = { ...fields, after: { x: 1, y: 2 } };
    const b = { ...fields, after: { y: 2, x: 1 } };
    expect(entryHash(prev, a)).toBe(entryHash(prev, b));
  });

  it('changes when the previous hash changes', () => {
    expect(entryHash(GENESIS_HASH, fields)).not.toBe(entryHash(prev, fields));
  });

  const changes: { [K in keyof HashedFields]: HashedFields[K] } = {
    seq: 8,
    entryId: '2f1c4bde-0a9c-4a43-9d0e-6a2b1e0f5c12',
    occurredAt: '2026-05-01T08:30:00.124Z',
    actorId: 'user-2',
    actorOrgUnitId: 'county-b',
    action: 'org-unit.renamed',
    entityType: 'enterprise',
    entityId: 'town-2',
    orgUnitId: null,
    orgPath: '/city/county-a',
    before: { parent: 'county-c' },
    after: null,
    reason: '区划调整。',
    correlationId: 'corr-2',
  };
  it.each(Object.keys(changes) as (keyof HashedFields)[])('changes when %s changes', (key) => {
    expect(entryHash(prev, { ...fields, [key]: changes[key] })).not.toBe(entryHash(prev, fields));
  });

  it('tells a value apart from the same text moved to another field', () => {
    const moved = { ...fields, actorId: 'user-1county-a', actorOrgUnitId: '' };
    expect(entryHash(prev, moved)).not.toBe(entryHash(prev, fields));
  });

  it('is the SHA-256 of the canonical JSON of prevHash and entry (pinned, so the format cannot drift)', () => {
    // Written out by hand: if this text changes, no chain stored before verifies any more.
    const text =
      '{"entry":{"action":"org-unit.moved","actorId":"user-1","actorOrgUnitId":"county-a","after":{"parent":"county-a"},' +
      '"before":{"parent":"county-b"},"correlationId":"corr-1","entityId":"town-1","entityType":"org-unit",' +
      '"entryId":"2f1c4bde-0a9c-4a43-9d0e-6a2b1e0f5c11","occurredAt":"2026-05-01T08:30:00.123Z","orgPath":"/city/county-a/town-1",' +
      `"orgUnitId":"town-1","reason":"区划调整","seq":7},"prevHash":"${prev}"}`;
    expect(entryHash(prev, fields)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});
