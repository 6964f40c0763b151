import {
  allowedChildKinds,
  allowedParentKinds,
  canBeChildOf,
  describeKindWithArticle,
  describeLevel,
  isOrgUnitKind,
  levelOf,
  OrgLevels,
  orgUnitKinds,
  OrgUnitKind,
} from './org-kinds';

describe('org unit kinds and levels', () => {
  it('levels run from the national federation (0) down to the team (6)', () => {
    expect(levelOf('national_federation')).toBe(0);
    expect(levelOf('provincial_federation')).toBe(1);
    expect(levelOf('city_federation')).toBe(2);
    expect(levelOf('county_federation')).toBe(3);
    expect(levelOf('township_union')).toBe(4);
    expect(levelOf('enterprise_union')).toBe(5);
    expect(levelOf('team')).toBe(6);
  });

  it('industry and bureau/company unions stand at the township level, where the forms put their opinion', () => {
    expect(levelOf('industry_union')).toBe(OrgLevels.township);
    expect(levelOf('bureau_company_union')).toBe(OrgLevels.township);
  });

  it('every allowed parent stands higher (a smaller level) than its child, so the tree has no loops by kind', () => {
    for (const child of orgUnitKinds) {
      for (const parent of allowedParentKinds[child]) {
        expect(levelOf(parent)).toBeLessThan(levelOf(child));
      }
    }
  });

  it('only the national federation has no possible parent', () => {
    const rootsOnly = orgUnitKinds.filter((kind) => allowedParentKinds[kind].length === 0);
    expect(rootsOnly).toEqual(['national_federation']);
  });

  it('levels read as words in messages', () => {
    expect(describeLevel(3)).toBe('county');
    expect(describeLevel(4)).toBe('township/industry/bureau');
    expect(describeLevel(9)).toBe('level 9');
  });

  it('recognises the kinds and nothing else', () => {
    expect(isOrgUnitKind('team')).toBe(true);
    expect(isOrgUnitKind('workshop')).toBe(false);
    expect(isOrgUnitKind(3)).toBe(false);
  });
});

describe('which kind may be the parent of which', () => {
  const allowed: [OrgUnitKind, OrgUnitKind][] = [
    ['provincial_federation', 'national_federation'],
    ['city_federation', 'provincial_federation'],
    ['county_federation', 'city_federation'],
    ['industry_union', 'city_federation'],
    ['industry_union', 'county_federation'],
    ['bureau_company_union', 'city_federation'],
    ['bureau_company_union', 'county_federation'],
    ['township_union', 'county_federation'],
    ['enterprise_union', 'township_union'],
    ['enterprise_union', 'industry_union'],
    ['enterprise_union', 'bureau_company_union'],
    ['enterprise_union', 'county_federation'],
    ['team', 'enterprise_union'],
  ];

  it.each(allowed.map(([child, parent]) => [describeKindWithArticle(child), describeKindWithArticle(parent), child, parent]))(
    '%s may sit under %s',
    (_child, _parent, child, parent) => {
      expect(canBeChildOf(child as OrgUnitKind, parent as OrgUnitKind)).toBe(true);
    },
  );

  it('no other pair is allowed (the table above is the whole rule)', () => {
    const allowedKeys = new Set(allowed.map(([c, p]) => `${c}<${p}`));
    for (const child of orgUnitKinds) {
      for (const parent of orgUnitKinds) {
        expect([`${child}<${parent}`, canBeChildOf(child, parent)]).toEqual([
          `${child}<${parent}`,
          allowedKeys.has(`${child}<${parent}`),
        ]);
      }
    }
  });

  it('a team may not sit directly under a township union: it belongs to an enterprise', () => {
    expect(canBeChildOf('team', 'township_union')).toBe(false);
  });

  it('an enterprise union may not sit directly under a city federation', () => {
    expect(canBeChildOf('enterprise_union', 'city_federation')).toBe(false);
  });

  it('a township union may not sit under an industry union', () => {
    expect(canBeChildOf('township_union', 'industry_union')).toBe(false);
  });

  it('a unit kind may never be its own parent kind', () => {
    for (const kind of orgUnitKinds) expect(canBeChildOf(kind, kind)).toBe(false);
  });

  it('the kinds a form may offer under a unit are the inverse of the parent table', () => {
    expect(allowedChildKinds('enterprise_union')).toEqual(['team']);
    expect(allowedChildKinds('county_federation')).toEqual([
      'industry_union',
      'bureau_company_union',
      'township_union',
      'enterprise_union',
    ]);
    expect(allowedChildKinds('team')).toEqual([]);
  });
});
