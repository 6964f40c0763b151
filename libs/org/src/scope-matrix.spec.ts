import { ancestorIds, isStrictDescendant, parentPathOf } from './org-path';
import { demoTree, pathOfDemo } from '../test/fixtures/org-tree.fixture';
import { canHoldRole, isRole, Role, roles } from './roles';
import { decideScope, ScopeAction } from './scope';

/**
 * The scope rule written out as a table: for each role, acting from its home unit, what it may do to a
 * record of its own unit, of a unit under it, of a sibling unit, of a unit above it, and of a unit in
 * another branch. r = read, w = write, a = approve, - = refused, n/a = no such unit (a team has no
 * sub-units). Records belong to no person, except in the row "worker-own": there the worker, bound to
 * team-1, owns them wherever they are filed (its hazard report is filed at ent-1, the "ancestor" cell).
 */
const decisions = `
  role                      own   descendant  sibling  ancestor  other-branch
  worker                    ---   ---         ---      ---       ---
  worker-own                rw-   n/a         rw-      rw-       rw-
  team_leader               rw-   n/a         ---      ---       ---
  enterprise_union_cadre    rwa   rwa         ---      ---       ---
  enterprise_management     rwa   rwa         ---      ---       ---
  township_union_cadre      rwa   rwa         ---      ---       ---
  industry_union_cadre      rwa   rwa         ---      ---       ---
  county_union_cadre        rwa   rwa         ---      ---       ---
  county_committee_office   rwa   rwa         ---      ---       ---
  city_union_cadre          rwa   rwa         ---      ---       ---
  safety_inspector          rwa   rwa         ---      ---       ---
  judge                     rw-   rw-         ---      ---       ---
  finance                   rw-   rw-         ---      ---       ---
  auditor                   r--   r--         ---      ---       ---
`;

/** Where each row's actor sits and which units of the demo tree stand in each relation to it. */
const placements = `
  role                      home      descendant  sibling   ancestor  other-branch
  worker                    ent-1     team-1      ent-2     town-1    ent-3
  worker-own                team-1    n/a         team-2    ent-1     ent-4
  team_leader               team-1    n/a         team-2    ent-1     team-3
  enterprise_union_cadre    ent-1     team-1      ent-2     town-1    ent-3
  enterprise_management     ent-1     team-2      ent-2     town-1    ent-4
  township_union_cadre      town-1    ent-1       town-2    county-a  town-3
  industry_union_cadre      ind-1     ent-4       bureau-1  city      ent-1
  county_union_cadre        county-a  town-1      county-b  city      town-3
  county_committee_office   county-a  ind-a       county-b  city      county-c
  city_union_cadre          city      county-a    city-2    prov      county-c
  safety_inspector          ent-1     team-1      ent-2     town-1    ent-3
  judge                     county-a  ent-1       county-b  city      town-3
  finance                   town-1    ent-2       town-2    county-a  ent-4
  auditor                   city      team-3      city-2    prov      county-c
`;

const relations = ['own', 'descendant', 'sibling', 'ancestor', 'other-branch'] as const;
type Relation = (typeof relations)[number];
const actions: ScopeAction[] = ['read', 'write', 'approve'];
const actorId = 'u-actor';

function parseTable(text: string): Map<string, string[]> {
  const [, ...rows] = text
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/));
  return new Map(rows.map(([role, ...cells]) => [role, cells]));
}

const decisionTable = parseTable(decisions);
const placementTable = parseTable(placements);

function roleOfRow(row: string): Role {
  const role = row === 'worker-own' ? 'worker' : row;
  if (!isRole(role)) throw new Error(`row ${row} is not a role`);
  return role;
}

function targetUnit(row: string, relation: Relation): string {
  const [home, ...others] = placementTable.get(row)!;
  return relation === 'own' ? home : others[relations.indexOf(relation) - 1];
}

const cells = [...decisionTable.keys()].flatMap((row) =>
  relations.map((relation, i) => ({ row, relation, expected: decisionTable.get(row)![i] })),
);

describe('scope matrix: role × relation of the target unit × action', () => {
  it('has a row for every role, and the rows agree on their columns', () => {
    expect([...decisionTable.keys()].map(roleOfRow).filter((r, i, all) => all.indexOf(r) === i).sort()).toEqual(
      [...roles].sort(),
    );
    expect([...placementTable.keys()]).toEqual([...decisionTable.keys()]);
    for (const cellsOfRow of decisionTable.values()) expect(cellsOfRow).toHaveLength(relations.length);
  });

  it.each([...placementTable.keys()])('the placement of %s fits the demo tree', (row) => {
    const home = targetUnit(row, 'own');
    expect(canHoldRole(roleOfRow(row), demoTree[home].kind)).toBe(true);
    const homePath = pathOfDemo(home);
    const at = (relation: Relation) => targetUnit(row, relation);
    if (at('descendant') !== 'n/a') expect(isStrictDescendant(pathOfDemo(at('descendant')), homePath)).toBe(true);
    expect(parentPathOf(pathOfDemo(at('sibling')))).toBe(parentPathOf(homePath));
    expect(at('sibling')).not.toBe(home);
    expect(ancestorIds(homePath)).toContain(at('ancestor'));
    const other = pathOfDemo(at('other-branch'));
    expect(parentPathOf(other)).not.toBe(parentPathOf(homePath));
    expect(isStrictDescendant(other, homePath) || isStrictDescendant(homePath, other)).toBe(false);
    expect(other).not.toBe(homePath);
  });

  it.each(cells)('$row, acting on a record of a unit in relation "$relation" to its own, may: $expected', ({ row, relation, expected }) => {
    const unit = targetUnit(row, relation);
    if (expected === 'n/a' || unit === 'n/a') {
      expect([expected, unit]).toEqual(['n/a', 'n/a']);
      return;
    }
    const actor = { userId: actorId, orgPath: pathOfDemo(targetUnit(row, 'own')), roles: [roleOfRow(row)] };
    const target = { orgPath: pathOfDemo(unit), ownerUserId: row === 'worker-own' ? actorId : undefined };
    const actual = actions
      .map((action) => (decideScope({ actor, action, target }).allowed ? action[0] : '-'))
      .join('');
    expect(actual).toBe(expected);
  });

  it('every refusal in the matrix comes with a reason that names a unit or the role', () => {
    for (const { row, relation } of cells) {
      const unit = targetUnit(row, relation);
      if (unit === 'n/a') continue;
      const actor = { userId: actorId, orgPath: pathOfDemo(targetUnit(row, 'own')), roles: [roleOfRow(row)] };
      for (const action of actions) {
        const decision = decideScope({ actor, action, target: { orgPath: pathOfDemo(unit) } });
        if (!decision.allowed) expect(decision.reason).toMatch(/unit \S+|\(.+\)/);
      }
    }
  });
});
