import { OrgUnitKind } from './org-kinds';

/**
 * A small province for the specs: two cities, counties with townships, a county-direct and a city
 * industry union, a city bureau union, enterprises and teams. Not exported from the library.
 *
 *   prov
 *   ├─ city
 *   │  ├─ county-a ─┬─ town-1 ─┬─ ent-1 ─┬─ team-1
 *   │  │            │          │         └─ team-2
 *   │  │            │          └─ ent-2
 *   │  │            ├─ town-2 ── ent-3 ── team-3
 *   │  │            ├─ town-10
 *   │  │            └─ ind-a ── ent-6                 (county-direct industry union)
 *   │  ├─ county-b ── town-3
 *   │  ├─ ind-1 ── ent-4                              (city industry union)
 *   │  └─ bureau-1 ── ent-5                           (city bureau/company union)
 *   └─ city-2 ── county-c
 */
export const demoTree: Readonly<Record<string, { kind: OrgUnitKind; path: string }>> = {
  prov: { kind: 'provincial_federation', path: '/prov' },
  city: { kind: 'city_federation', path: '/prov/city' },
  'county-a': { kind: 'county_federation', path: '/prov/city/county-a' },
  'town-1': { kind: 'township_union', path: '/prov/city/county-a/town-1' },
  'ent-1': { kind: 'enterprise_union', path: '/prov/city/county-a/town-1/ent-1' },
  'team-1': { kind: 'team', path: '/prov/city/county-a/town-1/ent-1/team-1' },
  'team-2': { kind: 'team', path: '/prov/city/county-a/town-1/ent-1/team-2' },
  'ent-2': { kind: 'enterprise_union', path: '/prov/city/county-a/town-1/ent-2' },
  'town-2': { kind: 'township_union', path: '/prov/city/county-a/town-2' },
  'ent-3': { kind: 'enterprise_union', path: '/prov/city/county-a/town-2/ent-3' },
  'team-3': { kind: 'team', path: '/prov/city/county-a/town-2/ent-3/team-3' },
  'town-10': { kind: 'township_union', path: '/prov/city/county-a/town-10' },
  'ind-a': { kind: 'industry_union', path: '/prov/city/county-a/ind-a' },
  'ent-6': { kind: 'enterprise_union', path: '/prov/city/county-a/ind-a/ent-6' },
  'county-b': { kind: 'county_federation', path: '/prov/city/county-b' },
  'town-3': { kind: 'township_union', path: '/prov/city/county-b/town-3' },
  'ind-1': { kind: 'industry_union', path: '/prov/city/ind-1' },
  'ent-4': { kind: 'enterprise_union', path: '/prov/city/ind-1/ent-4' },
  'bureau-1': { kind: 'bureau_company_union', path: '/prov/city/bureau-1' },
  'ent-5': { kind: 'enterprise_union', path: '/prov/city/bureau-1/ent-5' },
  'city-2': { kind: 'city_federation', path: '/prov/city-2' },
  'county-c': { kind: 'county_federation', path: '/prov/city-2/county-c' },
};

export const demoKinds: ReadonlyMap<string, OrgUnitKind> = new Map(
  Object.entries(demoTree).map(([id, unit]) => [id, unit.kind]),
);

export function pathOfDemo(id: string): string {
  const unit = demoTree[id];
  if (!unit) throw new Error(`no unit ${id} in the demo tree`);
  return unit.path;
}
