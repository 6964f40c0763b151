import { InvalidOrgPathError, OrgMoveCycleError, OrgRuleError, ParentDeactivatedError, ParentKindNotAllowedError } from './org.errors';
import { OrgUnitKind } from './org-kinds';
import { validateMove } from './org-move';
import { rebasePath } from './org-path';
import { demoTree } from '../test/fixtures/org-tree.fixture';

const unit = (id: string) => ({ id, kind: demoTree[id].kind, path: demoTree[id].path });
const parent = (id: string, active = true) => ({ ...unit(id), active });

describe('moving an org unit', () => {
  it('an enterprise union may move from one township to another, and gets a new path', () => {
    expect(validateMove(unit('ent-1'), parent('town-2'))).toEqual({ newPath: '/prov/city/county-a/town-2/ent-1' });
  });

  it('an enterprise union may move from its township to a city industry union', () => {
    expect(validateMove(unit('ent-2'), parent('ind-1'))).toEqual({ newPath: '/prov/city/ind-1/ent-2' });
  });

  it('a township union may move to another county of the same city', () => {
    expect(validateMove(unit('town-1'), parent('county-b')).newPath).toBe('/prov/city/county-b/town-1');
  });

  it('the new path rebases the whole moved subtree', () => {
    const { newPath } = validateMove(unit('town-1'), parent('county-b'));
    expect(rebasePath(demoTree['team-1'].path, demoTree['town-1'].path, newPath)).toBe(
      '/prov/city/county-b/town-1/ent-1/team-1',
    );
  });

  it('a unit may not be moved under itself, said in English and in Chinese', () => {
    const move = () => validateMove(unit('town-1'), parent('town-1'));
    expect(move).toThrow(new OrgMoveCycleError('town-1 cannot be moved under itself', ''));
    expect(move).toThrow(expect.objectContaining({ messageZh: 'town-1 不能移到自己下面' }));
  });

  it('a township union may not be moved under one of its own enterprises (a cycle)', () => {
    const move = () => validateMove(unit('town-1'), parent('ent-1'));
    expect(move).toThrow(OrgMoveCycleError);
    expect(move).toThrow(
      'town-1 cannot be moved under ent-1, which is one of its own sub-units; that would cut the subtree off the tree',
    );
  });

  it('the cycle is found even when the kinds would also be wrong, because it is the more basic fault', () => {
    expect(() => validateMove(unit('county-a'), parent('team-1'))).toThrow(OrgMoveCycleError);
  });

  it('a team may not be moved under a township union: a team belongs to an enterprise', () => {
    const move = () => validateMove(unit('team-1'), parent('town-2'));
    expect(move).toThrow(ParentKindNotAllowedError);
    expect(move).toThrow(
      'team-1 cannot be moved under town-2: a team (班组) may not be placed under a township/street/park union (乡镇(街道、园区)工会)',
    );
  });

  it('an enterprise union may not be moved directly under a city federation', () => {
    expect(() => validateMove(unit('ent-1'), parent('city'))).toThrow(
      'ent-1 cannot be moved under city: an enterprise union (企业工会) may not be placed under a city federation (市总工会)',
    );
  });

  it('a township union may not be moved under an industry union', () => {
    expect(() => validateMove(unit('town-3'), parent('ind-1'))).toThrow(ParentKindNotAllowedError);
  });

  it('nothing may be moved under a deactivated unit', () => {
    const move = () => validateMove(unit('ent-1'), parent('town-2', false));
    expect(move).toThrow(ParentDeactivatedError);
    expect(move).toThrow('ent-1 cannot be moved under town-2 because town-2 is deactivated');
  });

  it('every refusal is an OrgRuleError with a stable code for the HTTP edge', () => {
    const codes = [
      () => validateMove(unit('town-1'), parent('ent-1')),
      () => validateMove(unit('ent-1'), parent('town-2', false)),
      () => validateMove(unit('team-1'), parent('town-2')),
    ].map((move) => {
      try {
        move();
        return 'no error';
      } catch (error) {
        expect(error).toBeInstanceOf(OrgRuleError);
        return [(error as OrgRuleError).name, (error as OrgRuleError).code];
      }
    });
    expect(codes).toEqual([
      ['OrgMoveCycleError', 'org-move-cycle'],
      ['ParentDeactivatedError', 'org-parent-deactivated'],
      ['ParentKindNotAllowedError', 'org-parent-kind-not-allowed'],
    ]);
  });

  it("refuses a unit whose path does not end with its id (the caller loaded the wrong row)", () => {
    const wrong = { id: 'ent-9', kind: 'enterprise_union' as OrgUnitKind, path: demoTree['ent-1'].path };
    expect(() => validateMove(wrong, parent('town-2'))).toThrow(InvalidOrgPathError);
  });
});
