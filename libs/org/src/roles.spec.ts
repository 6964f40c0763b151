import { RoleNotBindableError } from './org.errors';
import { orgUnitKinds } from './org-kinds';
import { approverRolesAt, assertRoleBinding, canHoldRole, isReadOnlyRole, isRole, roleRules, roles } from './roles';

describe('roles', () => {
  it('has the roles DOMAIN §1 lists, and no system administrator', () => {
    expect([...roles].sort()).toEqual(
      [
        'auditor',
        'city_union_cadre',
        'county_committee_office',
        'county_union_cadre',
        'enterprise_management',
        'enterprise_union_cadre',
        'finance',
        'industry_union_cadre',
        'judge',
        'safety_inspector',
        'team_leader',
        'township_union_cadre',
        'worker',
      ].sort(),
    );
  });

  it('only the auditor is read-only', () => {
    expect(roles.filter(isReadOnlyRole)).toEqual(['auditor']);
  });

  it('only the worker is limited to its own records', () => {
    expect(roles.filter((role) => roleRules[role].ownRecordsOnly)).toEqual(['worker']);
  });

  it('every role may read, and every role can be held somewhere', () => {
    for (const role of roles) {
      expect(roleRules[role].read).toBe(true);
      expect(roleRules[role].bindableKinds.length).toBeGreaterThan(0);
    }
  });

  it('recognises role names from a token and nothing else', () => {
    expect(isRole('judge')).toBe(true);
    expect(isRole('admin')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});

describe('where a role may be held', () => {
  it('a worker belongs to a team, or to its enterprise when it is in no team', () => {
    expect(orgUnitKinds.filter((kind) => canHoldRole('worker', kind))).toEqual(['enterprise_union', 'team']);
  });

  it('a team leader leads a team and nothing else', () => {
    expect(orgUnitKinds.filter((kind) => canHoldRole('team_leader', kind))).toEqual(['team']);
  });

  it("enterprise management sits at the enterprise's unit, beside its union cadre", () => {
    expect(canHoldRole('enterprise_management', 'enterprise_union')).toBe(true);
    expect(canHoldRole('enterprise_union_cadre', 'enterprise_union')).toBe(true);
    expect(canHoldRole('enterprise_management', 'township_union')).toBe(false);
  });

  it('an industry union cadre may sit at an industry union or a bureau/company union', () => {
    expect(canHoldRole('industry_union_cadre', 'industry_union')).toBe(true);
    expect(canHoldRole('industry_union_cadre', 'bureau_company_union')).toBe(true);
    expect(canHoldRole('industry_union_cadre', 'township_union')).toBe(false);
  });

  it('the county committee office belongs to the county federation', () => {
    expect(orgUnitKinds.filter((kind) => canHoldRole('county_committee_office', kind))).toEqual(['county_federation']);
  });

  it('inspectors, judges, finance and auditors sit at any union office from the city down to the enterprise, never at a team', () => {
    for (const role of ['safety_inspector', 'judge', 'finance', 'auditor'] as const) {
      expect(canHoldRole(role, 'city_federation')).toBe(true);
      expect(canHoldRole(role, 'enterprise_union')).toBe(true);
      expect(canHoldRole(role, 'team')).toBe(false);
      expect(canHoldRole(role, 'provincial_federation')).toBe(false);
    }
  });

  it('binding a judge to a team is refused with the places a judge may sit', () => {
    const bind = () => assertRoleBinding('judge', { id: 'team-1', kind: 'team' });
    expect(bind).toThrow(RoleNotBindableError);
    expect(bind).toThrow(/^the role judge \(评委\/考核员\) cannot be given at team-1, which is a team \(班组\); it exists only at: city federation/);
  });

  it('binding a township cadre to a township is accepted', () => {
    expect(() => assertRoleBinding('township_union_cadre', { id: 'town-1', kind: 'township_union' })).not.toThrow();
  });

  it('approvers exist at every union office from the enterprise up to the city, and none at a team', () => {
    expect(approverRolesAt('enterprise_union')).toEqual(['enterprise_union_cadre', 'enterprise_management', 'safety_inspector']);
    expect(approverRolesAt('county_federation')).toEqual(['county_union_cadre', 'county_committee_office', 'safety_inspector']);
    expect(approverRolesAt('team')).toEqual([]);
  });
});
