import { approvalLevels } from './approval-chain';
import { NoUnitAtLevelError, SubmitterAboveLevelError, UnknownOrgUnitError } from './org.errors';
import { OrgLevels } from './org-kinds';
import { demoKinds, demoTree, pathOfDemo } from '../test/fixtures/org-tree.fixture';
import { approverRolesAt } from './roles';
import { decideScope } from './scope';

const unitsOf = (chain: { unitId: string }[]) => chain.map((step) => step.unitId);

describe('approval chain derived from the org tree', () => {
  it("a team's 工人先锋号 application climbs enterprise union → township → county, stopping at the county", () => {
    expect(approvalLevels(pathOfDemo('team-1'), demoKinds, OrgLevels.county)).toEqual([
      { unitId: 'ent-1', kind: 'enterprise_union', level: 5, path: '/prov/city/county-a/town-1/ent-1' },
      { unitId: 'town-1', kind: 'township_union', level: 4, path: '/prov/city/county-a/town-1' },
      { unitId: 'county-a', kind: 'county_federation', level: 3, path: '/prov/city/county-a' },
    ]);
  });

  it('an item conferred by the city climbs one step further, to the city union', () => {
    expect(unitsOf(approvalLevels(pathOfDemo('team-3'), demoKinds, OrgLevels.city))).toEqual([
      'ent-3',
      'town-2',
      'county-a',
      'city',
    ]);
  });

  it("an enterprise's own submission starts at the unit above it: its own opinion is the submission", () => {
    expect(unitsOf(approvalLevels(pathOfDemo('ent-2'), demoKinds, OrgLevels.county))).toEqual(['town-1', 'county-a']);
  });

  it('a person submitting for themselves has their own enterprise union as the first step', () => {
    expect(unitsOf(approvalLevels(pathOfDemo('ent-2'), demoKinds, OrgLevels.county, { submittedBy: 'person' }))).toEqual([
      'ent-2',
      'town-1',
      'county-a',
    ]);
  });

  it('a person in a team also starts at the enterprise union: a team gives no opinion', () => {
    expect(unitsOf(approvalLevels(pathOfDemo('team-1'), demoKinds, OrgLevels.county, { submittedBy: 'person' }))).toEqual([
      'ent-1',
      'town-1',
      'county-a',
    ]);
  });

  it('a county-direct industry union takes the township step', () => {
    expect(unitsOf(approvalLevels(pathOfDemo('ent-6'), demoKinds, OrgLevels.county))).toEqual(['ind-a', 'county-a']);
  });

  it('an enterprise of a city industry union climbs industry union → city, with no county', () => {
    expect(unitsOf(approvalLevels(pathOfDemo('ent-4'), demoKinds, OrgLevels.city))).toEqual(['ind-1', 'city']);
  });

  it('an item decided at the township stops there', () => {
    expect(unitsOf(approvalLevels(pathOfDemo('team-2'), demoKinds, OrgLevels.township))).toEqual(['ent-1', 'town-1']);
  });

  it('an enterprise of a city industry union cannot receive a county honour: no county is above it', () => {
    const derive = () => approvalLevels(pathOfDemo('ent-4'), demoKinds, OrgLevels.county);
    expect(derive).toThrow(NoUnitAtLevelError);
    expect(derive).toThrow(
      'the item needs approval up to the county level, but no county-level unit is above ent-4 (the units above it: ind-1 → city → prov)',
    );
  });

  it('a tree that stops below the needed level is an error, not a short chain', () => {
    const countyTree = new Map([
      ['county-x', 'county_federation' as const],
      ['town-x', 'township_union' as const],
      ['ent-x', 'enterprise_union' as const],
    ]);
    expect(() => approvalLevels('/county-x/town-x/ent-x', countyTree, OrgLevels.city)).toThrow(NoUnitAtLevelError);
  });

  it('a unit at the needed level submitting as a unit has nothing above it to climb', () => {
    expect(approvalLevels(pathOfDemo('county-a'), demoKinds, OrgLevels.county)).toEqual([]);
  });

  it('a unit above the needed level cannot submit an item decided below it', () => {
    const derive = () => approvalLevels(pathOfDemo('city'), demoKinds, OrgLevels.county);
    expect(derive).toThrow(SubmitterAboveLevelError);
    expect(derive).toThrow(
      'city stands at the city level; an item it submits cannot be decided at the county level below it',
    );
  });

  it('a unit missing from the lookup is reported by id', () => {
    const partial = (id: string) => (id === 'ent-1' ? demoKinds.get(id) : id === 'team-1' ? 'team' : undefined);
    expect(() => approvalLevels(pathOfDemo('team-1'), partial, OrgLevels.county)).toThrow(UnknownOrgUnitError);
    expect(() => approvalLevels(pathOfDemo('team-1'), partial, OrgLevels.county)).toThrow(
      'org unit town-1 on the path /prov/city/county-a/town-1/ent-1/team-1 is not known',
    );
  });

  it('accepts the kinds as a function as well as a map', () => {
    expect(unitsOf(approvalLevels(pathOfDemo('team-1'), (id) => demoKinds.get(id), OrgLevels.county))).toEqual([
      'ent-1',
      'town-1',
      'county-a',
    ]);
  });

  it('every step of every chain is one its approvers are allowed to decide under the scope rule', () => {
    for (const [submitter, unit] of Object.entries(demoTree)) {
      for (const level of [OrgLevels.township, OrgLevels.county, OrgLevels.city, OrgLevels.province]) {
        for (const submittedBy of ['unit', 'person'] as const) {
          let chain;
          try {
            chain = approvalLevels(unit.path, demoKinds, level, { submittedBy });
          } catch {
            continue;
          }
          for (const step of chain) {
            for (const role of approverRolesAt(step.kind)) {
              const decision = decideScope({
                actor: { userId: 'u-approver', orgPath: step.path, roles: [role] },
                action: 'approve',
                target: { orgPath: pathOfDemo(submitter), ownerUserId: 'u-submitter' },
              });
              expect([submitter, step.unitId, role, decision]).toEqual([submitter, step.unitId, role, { allowed: true }]);
            }
          }
        }
      }
    }
  });
});

describe('approval chain up to the province', () => {
  it('a city item conferred by the province keeps the provincial federation as its last step', () => {
    expect(unitsOf(approvalLevels(pathOfDemo('ent-5'), demoKinds, OrgLevels.province))).toEqual([
      'bureau-1',
      'city',
      'prov',
    ]);
  });
});
