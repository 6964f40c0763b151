import { InvalidOrgPathError, InvalidOrgUnitIdError } from './org.errors';
import {
  ancestorIds,
  assertOrgUnitId,
  depthOf,
  idsOfPath,
  isSelfOrDescendant,
  isStrictDescendant,
  isValidOrgPath,
  isValidOrgUnitId,
  parentPathOf,
  pathOf,
  rebasePath,
  sharesLineage,
  descendantsLikePattern,
  lineagePaths,
  unitIdOfPath,
} from './org-path';

describe('org unit ids', () => {
  it.each(['city', 'county-a', 'ent_7', 'A1', '3f2a1b9c-0d4e-4f5a-8b6c-7d8e9f0a1b2c'])('%s is a valid id', (id) => {
    expect(isValidOrgUnitId(id)).toBe(true);
  });

  it.each(['', 'a/b', 'town 1', '乡镇', 'ent.7', 'x'.repeat(65)])("'%s' is not a valid id", (id) => {
    expect(isValidOrgUnitId(id)).toBe(false);
    expect(() => assertOrgUnitId(id)).toThrow(InvalidOrgUnitIdError);
  });

  it('the error says which characters an id may use', () => {
    expect(() => assertOrgUnitId('a/b')).toThrow("org unit id 'a/b' is not valid: use 1 to 64 letters, digits, '-' or '_'");
  });
});

describe('materialised paths', () => {
  it('a root unit has the path /id', () => {
    expect(pathOf(null, 'city')).toBe('/city');
    expect(pathOf(undefined, 'city')).toBe('/city');
  });

  it("a child's path is its parent's path followed by its id", () => {
    expect(pathOf('/city/county-a/town-1', 'ent-7')).toBe('/city/county-a/town-1/ent-7');
  });

  it('refuses a child id that would break the path', () => {
    expect(() => pathOf('/city', 'a/b')).toThrow(InvalidOrgUnitIdError);
    expect(() => pathOf('city', 'ent-7')).toThrow(InvalidOrgPathError);
  });

  it.each(['', '/', 'city', '/city/', '//city', '/city//town', '/city/town 1', '/city/ä'])(
    "'%s' is not a valid path",
    (path) => {
      expect(isValidOrgPath(path)).toBe(false);
      expect(() => idsOfPath(path)).toThrow(InvalidOrgPathError);
    },
  );

  it('the ancestors of a unit are the ids before its own, from the root down', () => {
    expect(ancestorIds('/city/county-a/town-1/ent-7')).toEqual(['city', 'county-a', 'town-1']);
    expect(ancestorIds('/city')).toEqual([]);
  });

  it('a path names its unit, its parent and its depth', () => {
    expect(unitIdOfPath('/city/county-a/town-1/ent-7')).toBe('ent-7');
    expect(parentPathOf('/city/county-a/town-1/ent-7')).toBe('/city/county-a/town-1');
    expect(parentPathOf('/city')).toBeNull();
    expect(depthOf('/city')).toBe(0);
    expect(depthOf('/city/county-a/town-1/ent-7')).toBe(3);
  });
});

describe('self or descendant', () => {
  it('a unit is self-or-descendant of itself', () => {
    expect(isSelfOrDescendant('/city/county-a', '/city/county-a')).toBe(true);
    expect(isStrictDescendant('/city/county-a', '/city/county-a')).toBe(false);
  });

  it('an enterprise is a descendant of its township, county and city', () => {
    for (const ancestor of ['/city', '/city/county-a', '/city/county-a/town-1']) {
      expect(isSelfOrDescendant('/city/county-a/town-1/ent-7', ancestor)).toBe(true);
      expect(isStrictDescendant('/city/county-a/town-1/ent-7', ancestor)).toBe(true);
    }
  });

  it('an ancestor is not a descendant of its sub-unit', () => {
    expect(isSelfOrDescendant('/city/county-a', '/city/county-a/town-1')).toBe(false);
  });

  it('a sibling township is not a descendant', () => {
    expect(isSelfOrDescendant('/city/county-a/town-2', '/city/county-a/town-1')).toBe(false);
  });

  it('town-10 is not under town-1 although its path starts with the same characters', () => {
    expect(isSelfOrDescendant('/city/county-a/town-10', '/city/county-a/town-1')).toBe(false);
    expect(isSelfOrDescendant('/city/county-a/town-10/ent-1', '/city/county-a/town-1')).toBe(false);
  });

  it('units of different trees are unrelated', () => {
    expect(isSelfOrDescendant('/city-2/county-a', '/city')).toBe(false);
  });
});

describe('rebasing the paths of a moved subtree', () => {
  const oldPrefix = '/city/county-a/town-1/ent-7';
  const newPrefix = '/city/county-a/ind-1/ent-7';

  it('the moved unit and every unit under it get the new prefix', () => {
    expect(rebasePath(oldPrefix, oldPrefix, newPrefix)).toBe(newPrefix);
    expect(rebasePath(`${oldPrefix}/team-1`, oldPrefix, newPrefix)).toBe(`${newPrefix}/team-1`);
  });

  it('a subtree can move up or down a level', () => {
    expect(rebasePath('/city/county-a/ind-1/ent-7/team-1', '/city/county-a/ind-1/ent-7', '/city/ind-9/ent-7')).toBe(
      '/city/ind-9/ent-7/team-1',
    );
  });

  it('refuses a path outside the moved subtree, including one that only shares characters', () => {
    expect(() => rebasePath('/city/county-a/town-1/ent-70', oldPrefix, newPrefix)).toThrow(InvalidOrgPathError);
    expect(() => rebasePath('/city/county-a/town-1', oldPrefix, newPrefix)).toThrow(InvalidOrgPathError);
  });

  it('refuses a new prefix inside the old subtree (a cycle)', () => {
    expect(() => rebasePath(oldPrefix, oldPrefix, `${oldPrefix}/team-1/ent-7`)).toThrow(
      "cannot rebase '/city/county-a/town-1/ent-7' onto '/city/county-a/town-1/ent-7/team-1/ent-7', which lies inside it",
    );
  });

  it('refuses a malformed new prefix', () => {
    expect(() => rebasePath(oldPrefix, oldPrefix, 'city/ent-7')).toThrow(InvalidOrgPathError);
  });
});

describe('sharesLineage', () => {
  it('holds for the unit itself, its ancestors and its descendants, never for siblings or cousins', () => {
    expect(sharesLineage('/city/county-a', '/city/county-a')).toBe(true);
    expect(sharesLineage('/city/county-a/town-1', '/city')).toBe(true);
    expect(sharesLineage('/city', '/city/county-a/town-1')).toBe(true);
    expect(sharesLineage('/city/county-a', '/city/county-b')).toBe(false);
    expect(sharesLineage('/city/county-a/town-1', '/city/county-b/town-1')).toBe(false);
    expect(sharesLineage('/city/county-a', '/city/county-ab')).toBe(false);
  });
});

describe('descendantsLikePattern and lineagePaths', () => {
  it('escapes LIKE wildcards in ids and ends with the separator', () => {
    expect(descendantsLikePattern('/city/team_1')).toBe('/city/team\\_1/%');
  });

  it('lists the unit and its ancestors from the root down', () => {
    expect(lineagePaths('/city/county-a/town-1')).toEqual(['/city', '/city/county-a', '/city/county-a/town-1']);
  });
});
