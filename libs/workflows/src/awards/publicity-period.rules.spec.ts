import {
  applyObjection,
  applyPeriodEnd,
  applyRuling,
  initialPublicityState,
  objectionAnswer,
  outcomeRecord,
  pendingObjections,
  periodOver,
  PublicityRequestRefused,
  validateObjection,
  validatePublicityInput,
  validateRuling,
} from './publicity-period.rules';
import { DEFAULT_PUBLICITY_PERIOD_SECONDS, PublicityState } from './publicity-period.types';

const START = Date.parse('2025-05-06T00:00:00.000Z');
const END = START + 7 * 86_400_000;
const DURING = START + 86_400_000;
const AFTER = END + 3_600_000;

/** Freezes the state and everything in it, so any mutation by the code under test throws. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

const fresh = (): PublicityState => deepFreeze(initialPublicityState({ nominationId: 'n-1' }, START));
const lodge = (state: PublicityState, objectionId: string, at = DURING) => deepFreeze(applyObjection(state, { objectionId }, at));
const rule = (state: PublicityState, objectionId: string, upheld: boolean, at = DURING) => deepFreeze(applyRuling(state, { objectionId, upheld }, at));

function expectRefused(fn: () => unknown, message: string | RegExp): void {
  expect(fn).toThrow(PublicityRequestRefused);
  expect(fn).toThrow(message);
}

describe('publicity period rules', () => {
  describe('the period', () => {
    it('lasts seven days unless the input gives its length, and starts undecided with no objection', () => {
      expect(DEFAULT_PUBLICITY_PERIOD_SECONDS).toBe(604_800);
      expect(fresh()).toEqual({ endsAt: '2025-05-13T00:00:00.000Z', ended: false, objections: [], outcome: null, upheldObjectionId: null });
      expect(initialPublicityState({ nominationId: 'n-1', periodSeconds: 5 }, START).endsAt).toBe('2025-05-06T00:00:05.000Z');
      // An end counted in working days by the service decides over any seconds.
      expect(initialPublicityState({ nominationId: 'n-1', periodSeconds: 5, endsAt: '2026-10-13T16:00:00Z' }, START).endsAt).toBe('2026-10-13T16:00:00.000Z');
      expect(validatePublicityInput({ nominationId: 'n-1', endsAt: 'soon' })).toMatch(/end must be an instant/);
    });

    it('is over from endsAt on, whether or not the end timer has fired', () => {
      expect(periodOver(fresh(), END - 1)).toBe(false);
      expect(periodOver(fresh(), END)).toBe(true);
      expect(periodOver(applyPeriodEnd(fresh()), START)).toBe(true);
    });

    it('refuses an input without a nomination id or with a period that is not a positive number of seconds', () => {
      expect(validatePublicityInput({ nominationId: 'n-1' })).toBeNull();
      expect(validatePublicityInput({ nominationId: 'n-1', periodSeconds: 3 })).toBeNull();
      expect(validatePublicityInput({ nominationId: ' ' })).toBe('a publicity period needs a nomination id');
      for (const periodSeconds of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
        expect(validatePublicityInput({ nominationId: 'n-1', periodSeconds })).toMatch(/must be a positive number of seconds/);
      }
    });

    it('passes at the end when no objection was lodged', () => {
      const ended = applyPeriodEnd(fresh());
      expect(ended).toMatchObject({ ended: true, outcome: 'passed', upheldObjectionId: null });
      expect(outcomeRecord('n-1', ended)).toEqual({ nominationId: 'n-1', outcome: 'passed' });
      expect(applyPeriodEnd(ended)).toBe(ended);
    });

    it('has no outcome to record while undecided', () => {
      expect(() => outcomeRecord('n-1', fresh())).toThrow('the publicity of nomination n-1 has no outcome yet');
    });
  });

  describe('objections', () => {
    it('are pending when lodged within the period, in the order lodged', () => {
      const state = lodge(lodge(fresh(), 'o-1'), 'o-2', END - 1);
      expect(state.objections).toEqual([
        { id: 'o-1', status: 'pending' },
        { id: 'o-2', status: 'pending' },
      ]);
      expect(state.outcome).toBeNull();
      expect(objectionAnswer(state, 'o-2')).toEqual({ objectionId: 'o-2', status: 'pending', outcome: null });
    });

    it('are refused after the end, with the reason, by the clock even before the end timer fired', () => {
      const message = 'the publicity period ended at 2025-05-13T00:00:00.000Z; objections are no longer accepted';
      expectRefused(() => validateObjection(fresh(), { objectionId: 'o-late' }, END), message);
      expectRefused(() => applyObjection(fresh(), { objectionId: 'o-late' }, AFTER), message);
      const waiting = applyPeriodEnd(lodge(fresh(), 'o-1'));
      expectRefused(() => applyObjection(waiting, { objectionId: 'o-late' }, AFTER), message);
    });

    it('count once when the same objection id is lodged again, even after the end', () => {
      const once = lodge(fresh(), 'o-1');
      expect(lodge(once, 'o-1')).toBe(once);
      expect(() => validateObjection(once, { objectionId: 'o-1' }, AFTER)).not.toThrow();
      expect(lodge(once, 'o-1', AFTER)).toBe(once);
      const dismissed = rule(once, 'o-1', false);
      expect(objectionAnswer(lodge(dismissed, 'o-1'), 'o-1')).toEqual({ objectionId: 'o-1', status: 'dismissed', outcome: null });
    });

    it('are refused without an id, or once the nomination is withdrawn', () => {
      expectRefused(() => applyObjection(fresh(), { objectionId: '' }, DURING), 'an objection needs an id');
      const withdrawn = rule(lodge(fresh(), 'o-1'), 'o-1', true);
      expectRefused(
        () => applyObjection(withdrawn, { objectionId: 'o-2' }, DURING),
        'the nomination was withdrawn after objection o-1 was upheld; no objection can be lodged',
      );
    });
  });

  describe('rulings', () => {
    it('withdraw the nomination at once when an objection is upheld within the period', () => {
      const state = rule(lodge(lodge(fresh(), 'o-1'), 'o-2'), 'o-2', true);
      expect(state).toMatchObject({ ended: false, outcome: 'withdrawn', upheldObjectionId: 'o-2' });
      expect(state.objections).toEqual([
        { id: 'o-1', status: 'pending' },
        { id: 'o-2', status: 'upheld' },
      ]);
      expect(outcomeRecord('n-1', state)).toEqual({ nominationId: 'n-1', outcome: 'withdrawn', objectionId: 'o-2' });
      // The end timer no longer decides anything.
      expect(applyPeriodEnd(state)).toMatchObject({ ended: true, outcome: 'withdrawn', upheldObjectionId: 'o-2' });
    });

    it('withdraw the nomination when an objection still pending at the end is upheld', () => {
      const state = rule(applyPeriodEnd(lodge(fresh(), 'o-1')), 'o-1', true, AFTER);
      expect(state).toMatchObject({ ended: true, outcome: 'withdrawn', upheldObjectionId: 'o-1' });
    });

    it('leave the period running when dismissed within it: it passes at the end', () => {
      const dismissed = rule(lodge(fresh(), 'o-1'), 'o-1', false);
      expect(dismissed).toMatchObject({ ended: false, outcome: null, objections: [{ id: 'o-1', status: 'dismissed' }] });
      expect(applyPeriodEnd(dismissed)).toMatchObject({ ended: true, outcome: 'passed' });
    });

    it('make it wait for the rulings when the period ends with objections pending, then pass on the last dismissal', () => {
      const atEnd = applyPeriodEnd(lodge(lodge(fresh(), 'o-1'), 'o-2'));
      expect(atEnd).toMatchObject({ ended: true, outcome: null });
      expect(pendingObjections(atEnd).map((o) => o.id)).toEqual(['o-1', 'o-2']);
      const one = rule(atEnd, 'o-2', false, AFTER);
      expect(one.outcome).toBeNull();
      const both = rule(one, 'o-1', false, AFTER);
      expect(both).toMatchObject({ outcome: 'passed', upheldObjectionId: null });
      expect(objectionAnswer(both, 'o-1')).toEqual({ objectionId: 'o-1', status: 'dismissed', outcome: 'passed' });
    });

    it('pass on a dismissal after endsAt even before the end timer fired', () => {
      const state = rule(lodge(fresh(), 'o-1'), 'o-1', false, END);
      expect(state).toMatchObject({ ended: true, outcome: 'passed' });
    });

    it('count once when the same ruling is repeated, even after the outcome', () => {
      const dismissed = rule(lodge(fresh(), 'o-1'), 'o-1', false);
      expect(rule(dismissed, 'o-1', false)).toBe(dismissed);
      const withdrawn = rule(lodge(fresh(), 'o-1'), 'o-1', true);
      expect(() => validateRuling(withdrawn, { objectionId: 'o-1', upheld: true })).not.toThrow();
      expect(rule(withdrawn, 'o-1', true)).toBe(withdrawn);
    });

    it('are refused when they change a ruling already made, either way', () => {
      const dismissed = rule(lodge(fresh(), 'o-1'), 'o-1', false);
      expectRefused(() => applyRuling(dismissed, { objectionId: 'o-1', upheld: true }, DURING), 'objection o-1 was already ruled dismissed; it cannot now be upheld');
      const withdrawn = rule(lodge(fresh(), 'o-1'), 'o-1', true);
      expectRefused(() => validateRuling(withdrawn, { objectionId: 'o-1', upheld: false }), 'objection o-1 was already ruled upheld; it cannot now be dismissed');
    });

    it('are refused for an objection never lodged', () => {
      expectRefused(() => applyRuling(fresh(), { objectionId: 'o-x', upheld: true }, DURING), 'no objection o-x was lodged against this nomination');
    });

    it('are refused on another pending objection once the nomination is withdrawn', () => {
      const withdrawn = rule(lodge(lodge(fresh(), 'o-1'), 'o-2'), 'o-1', true);
      expectRefused(
        () => validateRuling(withdrawn, { objectionId: 'o-2', upheld: false }),
        'the nomination was withdrawn after objection o-1 was upheld; objection o-2 can no longer be ruled on',
      );
    });
  });
});
