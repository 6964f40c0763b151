import { InvalidOrgPathError } from './org.errors';
import { pathOfDemo } from '../test/fixtures/org-tree.fixture';
import { Role } from './roles';
import { decideScope, ScopeAction } from './scope';

const actorAt = (unitId: string, roles: (Role | string)[], userId = 'u-actor') => ({
  userId,
  orgPath: pathOfDemo(unitId),
  roles,
});
const decide = (
  actor: ReturnType<typeof actorAt>,
  action: ScopeAction,
  targetUnit: string,
  ownerUserId?: string,
) => decideScope({ actor, action, target: { orgPath: pathOfDemo(targetUnit), ownerUserId } });

describe('scope: own unit and subtree', () => {
  const townCadre = actorAt('town-1', ['township_union_cadre']);

  it('a cadre of a township union may read, write and approve in its own township', () => {
    for (const action of ['read', 'write', 'approve'] as const) {
      expect(decide(townCadre, action, 'town-1')).toEqual({ allowed: true });
    }
  });

  it('a cadre of a township union may act on enterprises and teams in its township', () => {
    expect(decide(townCadre, 'write', 'ent-1')).toEqual({ allowed: true });
    expect(decide(townCadre, 'approve', 'team-2')).toEqual({ allowed: true });
  });

  it('a cadre of a township union may not act on a sibling township', () => {
    expect(decide(townCadre, 'read', 'town-2')).toEqual({
      allowed: false,
      reason:
        'your unit town-1 is not above or equal to the target unit town-2; you act only on your own unit and the units under it',
    });
  });

  it('a cadre of town-1 may not act on town-10, whose id merely starts the same', () => {
    expect(decide(townCadre, 'read', 'town-10').allowed).toBe(false);
  });

  it("a cadre of a township union may not act on an enterprise of a sibling township", () => {
    expect(decide(townCadre, 'write', 'ent-3')).toEqual({
      allowed: false,
      reason:
        'your unit town-1 is not above or equal to the target unit ent-3; you act only on your own unit and the units under it',
    });
  });

  it('a cadre of a township union may not read its own county', () => {
    expect(decide(townCadre, 'read', 'county-a')).toEqual({
      allowed: false,
      reason:
        'the target unit county-a is above your unit town-1; you act only on your own unit and the units under it, never on the units above it',
    });
  });

  it('an approver never approves for the units above it', () => {
    expect(decide(actorAt('county-a', ['county_union_cadre']), 'approve', 'city').allowed).toBe(false);
  });

  it('a city union cadre acts on every unit of its city and on no other city', () => {
    const cityCadre = actorAt('city', ['city_union_cadre']);
    for (const unit of ['city', 'county-a', 'ind-1', 'bureau-1', 'ent-5', 'team-3']) {
      expect(decide(cityCadre, 'approve', unit)).toEqual({ allowed: true });
    }
    expect(decide(cityCadre, 'read', 'county-c').allowed).toBe(false);
    expect(decide(cityCadre, 'read', 'prov').allowed).toBe(false);
  });

  it('a cadre of a city industry union acts on its enterprises and not on the county ones', () => {
    const industryCadre = actorAt('ind-1', ['industry_union_cadre']);
    expect(decide(industryCadre, 'approve', 'ent-4')).toEqual({ allowed: true });
    expect(decide(industryCadre, 'read', 'ent-1').allowed).toBe(false);
  });
});

describe('scope: approving', () => {
  it('nobody approves an item they submitted themselves, even in their own unit', () => {
    const cadre = actorAt('ent-1', ['enterprise_union_cadre'], 'u-li');
    expect(decide(cadre, 'approve', 'ent-1', 'u-li')).toEqual({
      allowed: false,
      reason: 'you submitted this item yourself, so someone else must approve it',
    });
    expect(decide(cadre, 'approve', 'team-1', 'u-li').allowed).toBe(false);
  });

  it("a cadre may approve an item a colleague or a worker of its subtree submitted", () => {
    const cadre = actorAt('ent-1', ['enterprise_union_cadre'], 'u-li');
    expect(decide(cadre, 'approve', 'ent-1', 'u-wang')).toEqual({ allowed: true });
    expect(decide(cadre, 'approve', 'team-1', 'u-zhao')).toEqual({ allowed: true });
  });

  it('a cadre may still read and revise its own submission', () => {
    const cadre = actorAt('ent-1', ['enterprise_union_cadre'], 'u-li');
    expect(decide(cadre, 'read', 'ent-1', 'u-li')).toEqual({ allowed: true });
    expect(decide(cadre, 'write', 'ent-1', 'u-li')).toEqual({ allowed: true });
  });

  it('a team leader does not approve: no form has a team opinion box', () => {
    expect(decide(actorAt('team-1', ['team_leader']), 'approve', 'team-1')).toEqual({
      allowed: false,
      reason: 'a team leader (班组长) may not approve',
    });
  });

  it('a judge scores but does not approve results', () => {
    const judge = actorAt('county-a', ['judge']);
    expect(decide(judge, 'write', 'ent-1')).toEqual({ allowed: true });
    expect(decide(judge, 'approve', 'ent-1').allowed).toBe(false);
  });

  it('a safety inspector may sign off a hazard close-out in its subtree', () => {
    expect(decide(actorAt('town-1', ['safety_inspector']), 'approve', 'ent-2')).toEqual({ allowed: true });
  });
});

describe('scope: workers see their own records only', () => {
  const worker = actorAt('team-1', ['worker'], 'u-worker');

  it('a worker reads its own hazard report, filed at its enterprise above its team', () => {
    expect(decide(worker, 'read', 'ent-1', 'u-worker')).toEqual({ allowed: true });
    expect(decide(worker, 'write', 'ent-1', 'u-worker')).toEqual({ allowed: true });
  });

  it('a worker keeps seeing its own records after moving elsewhere', () => {
    expect(decide(worker, 'read', 'ent-4', 'u-worker')).toEqual({ allowed: true });
  });

  it("a worker may not read a colleague's report, even in its own team", () => {
    expect(decide(worker, 'read', 'team-1', 'u-colleague')).toEqual({
      allowed: false,
      reason: 'a worker (职工) sees and changes only their own records, and this record belongs to someone else',
    });
  });

  it("a worker may not read its team's or enterprise's records, which belong to no person", () => {
    expect(decide(worker, 'read', 'team-1')).toEqual({
      allowed: false,
      reason: "a worker (职工) sees and changes only their own records, and this record is not a person's",
    });
  });

  it('a worker never approves, not even its own report', () => {
    expect(decide(worker, 'approve', 'ent-1', 'u-worker')).toEqual({
      allowed: false,
      reason: 'a worker (职工) may not approve',
    });
  });
});

describe('scope: auditors only read', () => {
  const auditor = actorAt('county-a', ['auditor']);

  it('an auditor may read anywhere in its subtree', () => {
    expect(decide(auditor, 'read', 'county-a')).toEqual({ allowed: true });
    expect(decide(auditor, 'read', 'team-3')).toEqual({ allowed: true });
  });

  it('an auditor may not write or approve, even in its own unit', () => {
    expect(decide(auditor, 'write', 'county-a')).toEqual({
      allowed: false,
      reason: 'an auditor (审计(纪检)) may not write: the role is read-only',
    });
    expect(decide(auditor, 'approve', 'ent-1')).toEqual({
      allowed: false,
      reason: 'an auditor (审计(纪检)) may not approve: the role is read-only',
    });
  });

  it('an auditor may not read outside its subtree', () => {
    expect(decide(auditor, 'read', 'county-b').allowed).toBe(false);
  });
});

describe('scope: several roles, no roles, unknown roles', () => {
  it('a user with several roles may do what any one of them allows', () => {
    const both = actorAt('ent-1', ['auditor', 'enterprise_union_cadre']);
    expect(decide(both, 'write', 'team-1')).toEqual({ allowed: true });
  });

  it('a worker who is also team leader reads its team records as team leader', () => {
    const leader = actorAt('team-1', ['worker', 'team_leader'], 'u-worker');
    expect(decide(leader, 'read', 'team-1')).toEqual({ allowed: true });
  });

  it('a refusal under several roles gives each distinct reason once', () => {
    const both = actorAt('team-1', ['worker', 'team_leader'], 'u-worker');
    expect(decide(both, 'approve', 'team-1')).toEqual({
      allowed: false,
      reason: 'a worker (职工) may not approve; a team leader (班组长) may not approve',
    });
    const twoCadreRoles = actorAt('county-a', ['county_union_cadre', 'county_committee_office']);
    expect(decide(twoCadreRoles, 'read', 'county-b')).toEqual({
      allowed: false,
      reason:
        'your unit county-a is not above or equal to the target unit county-b; you act only on your own unit and the units under it',
    });
  });

  it('a user with no role may do nothing, and is told so', () => {
    expect(decide(actorAt('town-1', []), 'read', 'town-1')).toEqual({
      allowed: false,
      reason: 'you hold no role at your unit town-1, so you may not read anything',
    });
  });

  it('an unknown role from a token grants nothing', () => {
    expect(decide(actorAt('city', ['admin']), 'read', 'city')).toEqual({
      allowed: false,
      reason: "'admin' is not a role of this platform",
    });
    expect(decide(actorAt('city', ['admin', 'city_union_cadre']), 'read', 'city')).toEqual({ allowed: true });
  });

  it('a malformed path is a bug and throws rather than being read as out of scope', () => {
    expect(() =>
      decideScope({
        actor: { userId: 'u', orgPath: 'city/town-1', roles: ['township_union_cadre'] },
        action: 'read',
        target: { orgPath: '/city/town-1' },
      }),
    ).toThrow(InvalidOrgPathError);
  });
});
