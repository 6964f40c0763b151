import {
  applyDecision,
  applyEscalation,
  applyReminder,
  applyResubmit,
  applyWithdraw,
  ApprovalRequestRefused,
  initialState,
  validateChainInput,
  validateDecision,
  validateResubmit,
  validateWithdraw,
  waitingFor,
} from './approval-chain.rules';
import type {
  ApprovalChainInput,
  ApprovalStepSpec,
  ChainState,
  DecisionRequest,
  ResubmitRequest,
  StepState,
  Transition,
  WithdrawRequest,
} from './approval-chain.types';

// ---------------------------------------------------------------------------------------------------
// Fixtures: a team's item climbing enterprise union → township → county → city, at fixed times.
// ---------------------------------------------------------------------------------------------------

const SUBMITTER = 'u-submitter';

const T0 = '2025-03-03T01:00:00.000Z';
const T1 = '2025-03-03T02:00:00.000Z';
const T2 = '2025-03-03T03:00:00.000Z';
const T3 = '2025-03-03T04:00:00.000Z';
const T4 = '2025-03-03T05:00:00.000Z';
const T5 = '2025-03-03T06:00:00.000Z';
const T6 = '2025-03-03T07:00:00.000Z';
const T7 = '2025-03-03T08:00:00.000Z';

const TITLES: Record<string, string> = {
  ent: '企业工会意见',
  town: '乡镇（街道、园区）工会意见',
  county: '县（市、区）总工会意见',
  city: '市总工会意见',
};

const PATHS: Record<string, string> = {
  ent: '/prov/city/county-a/town-1/ent-1',
  town: '/prov/city/county-a/town-1',
  county: '/prov/city/county-a',
  city: '/prov/city',
};

const ESCALATE_TO: Record<string, string[]> = {
  ent: ['u-town-office'],
  town: ['u-county-office'],
  county: ['u-city-office', 'u-city-deputy-office'],
  city: ['u-province-office'],
};

function step(stepId: string, overrides: Partial<ApprovalStepSpec> = {}): ApprovalStepSpec {
  return {
    stepId,
    unitId: `unit-${stepId}`,
    unitPath: PATHS[stepId] ?? `/prov/${stepId}`,
    title: TITLES[stepId] ?? `${stepId} opinion`,
    mode: 'or-sign',
    approvers: [`u-${stepId}-1`],
    escalateTo: ESCALATE_TO[stepId] ?? [`u-${stepId}-office`],
    reminderAfterSeconds: 2 * 86_400,
    deadlineSeconds: 5 * 86_400,
    ...overrides,
  };
}

/** The four levels, all or-sign; the enterprise union has two approvers. */
function fourLevels(): ApprovalStepSpec[] {
  return [step('ent', { approvers: ['u-ent-1', 'u-ent-2'] }), step('town'), step('county'), step('city')];
}

function chain(steps: ApprovalStepSpec[] = fourLevels()): ApprovalChainInput {
  return {
    itemId: 'item-42',
    itemKind: 'reward',
    title: '工人先锋号 — 一号班组',
    submitter: { userId: SUBMITTER, orgUnitId: 'team-1', orgPath: '/prov/city/county-a/town-1/ent-1/team-1' },
    steps,
  };
}

/** A countersign enterprise step (three named approvers) followed by the township. */
function countersignChain(): ApprovalChainInput {
  return chain([step('ent', { mode: 'countersign', approvers: ['u-ent-1', 'u-ent-2', 'u-ent-3'] }), step('town')]);
}

interface DecisionFields {
  decisionId: string;
  stepId: string;
  actorUserId: string;
  outcome?: DecisionRequest['outcome'];
  opinion?: string;
  onBehalfOf?: string;
}

function decision(fields: DecisionFields): DecisionRequest {
  const request: DecisionRequest = {
    decisionId: fields.decisionId,
    stepId: fields.stepId,
    actorUserId: fields.actorUserId,
    outcome: fields.outcome ?? 'approve',
    opinion: fields.opinion ?? '同意',
  };
  if (fields.onBehalfOf !== undefined) request.onBehalfOf = fields.onBehalfOf;
  return request;
}

const approve = (decisionId: string, stepId: string, actorUserId: string, opinion = '同意'): DecisionRequest =>
  decision({ decisionId, stepId, actorUserId, opinion });

const resubmit = (decisionId: string, actorUserId = SUBMITTER, note = '已补充事迹材料'): ResubmitRequest => ({
  decisionId,
  actorUserId,
  note,
});

const withdraw = (decisionId: string, actorUserId = SUBMITTER, reason = '班组合并，撤回申报'): WithdrawRequest => ({
  decisionId,
  actorUserId,
  reason,
});

const lastTransition = (state: ChainState): Transition => state.transitions[state.transitions.length - 1];

/** Freezes the state and everything in it, so any mutation by the code under test throws. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Asserts that `fn` throws an ApprovalRequestRefused with exactly `message`. */
function expectRefused(fn: () => unknown, message: string): void {
  expect(fn).toThrow(ApprovalRequestRefused);
  expect(fn).toThrow(new ApprovalRequestRefused(message));
}

/** The decision is refused the same way by validateDecision (the update validator) and applyDecision. */
function expectDecisionRefused(state: ChainState, input: ApprovalChainInput, request: DecisionRequest, message: string): void {
  expectRefused(() => validateDecision(state, input, request), message);
  expectRefused(() => applyDecision(state, input, request, T7), message);
}

function expectResubmitRefused(state: ChainState, input: ApprovalChainInput, request: ResubmitRequest, message: string): void {
  expectRefused(() => validateResubmit(state, input, request), message);
  expectRefused(() => applyResubmit(state, input, request, T7), message);
}

function expectWithdrawRefused(state: ChainState, input: ApprovalChainInput, request: WithdrawRequest, message: string): void {
  expectRefused(() => validateWithdraw(state, input, request), message);
  expectRefused(() => applyWithdraw(state, input, request, T7), message);
}

const waiting = (stepId: string, since: string, round: number, extra: Partial<StepState> = {}): StepState => ({
  stepId,
  signatures: [],
  waitingSince: since,
  round,
  remindedInRound: false,
  escalatedInRound: false,
  ...extra,
});

const notReached = (stepId: string): StepState => ({
  stepId,
  signatures: [],
  waitingSince: null,
  round: 0,
  remindedInRound: false,
  escalatedInRound: false,
});

/** Submitted at T0, approved by the enterprise union at T1: waits at the township. */
function atTown(input = chain()): ChainState {
  return applyDecision(initialState(input, T0), input, approve('d-ent', 'ent', 'u-ent-1', '同意上报'), T1);
}

/** …approved by the township at T2: waits at the county. */
function atCounty(input = chain()): ChainState {
  return applyDecision(atTown(input), input, approve('d-town', 'town', 'u-town-1'), T2);
}

/** Approved at every level. */
function approvedChain(input = chain()): ChainState {
  const atCity = applyDecision(atCounty(input), input, approve('d-county', 'county', 'u-county-1'), T3);
  return applyDecision(atCity, input, approve('d-city', 'city', 'u-city-1'), T4);
}

/** Returned by the township at T2 with an opinion. */
function returnedAtTown(input = chain()): ChainState {
  return applyDecision(
    atTown(input),
    input,
    decision({ decisionId: 'd-town-return', stepId: 'town', actorUserId: 'u-town-1', outcome: 'return', opinion: '请补充事迹材料' }),
    T2,
  );
}

// ---------------------------------------------------------------------------------------------------

describe('validateChainInput', () => {
  it('refuses a chain without steps', () => {
    expect(validateChainInput(chain([]))).toBe('an approval chain needs at least one step');
  });

  it('refuses a step id that appears twice', () => {
    expect(validateChainInput(chain([step('ent'), step('town'), step('town', { unitId: 'unit-town-2' })]))).toBe(
      'step town appears twice',
    );
  });

  it('refuses a countersign step that needs the submitter, who can never sign their own item', () => {
    expect(validateChainInput(chain([step('ent', { mode: 'countersign', approvers: ['u-ent-1', 'u-submitter'] })]))).toMatch(
      /^step ent \(.*\) needs the submitter's own signature, which can never be given$/,
    );
    // In an or-sign step the others can still decide.
    expect(validateChainInput(chain([step('ent', { approvers: ['u-ent-1', 'u-submitter'] })]))).toBeNull();
  });

  it('refuses a step with nobody who can decide it, naming the step and its opinion box', () => {
    expect(validateChainInput(chain([step('ent'), step('county', { approvers: [] })]))).toBe(
      'step county (县（市、区）总工会意见) has nobody who can decide it',
    );
  });

  it('refuses a deadline that comes before the reminder', () => {
    expect(validateChainInput(chain([step('ent'), step('city', { reminderAfterSeconds: 3_600, deadlineSeconds: 3_599 })]))).toBe(
      'step city: the deadline comes before the reminder',
    );
  });

  it('accepts a deadline at the same time as the reminder (not before it)', () => {
    expect(validateChainInput(chain([step('ent', { reminderAfterSeconds: 3_600, deadlineSeconds: 3_600 })]))).toBeNull();
  });

  it('accepts a valid four-level chain and a single-step chain', () => {
    expect(validateChainInput(chain())).toBeNull();
    expect(validateChainInput(countersignChain())).toBeNull();
    expect(validateChainInput(chain([step('town')]))).toBeNull();
  });
});

describe('initialState', () => {
  it('is pending at the first step, waiting since now in round 1, with one submitted transition', () => {
    const input = chain();
    const state = initialState(input, T0);

    expect(state).toEqual<ChainState>({
      status: 'pending',
      currentStep: 0,
      steps: [waiting('ent', T0, 1), notReached('town'), notReached('county'), notReached('city')],
      transitions: [
        {
          seq: 1,
          kind: 'submitted',
          at: T0,
          stepId: null,
          actorUserId: SUBMITTER,
          onBehalfOf: null,
          opinion: null,
          decisionId: null,
          status: 'pending',
          currentStepId: 'ent',
          waitingFor: ['u-ent-1', 'u-ent-2'],
          notify: ['u-ent-1', 'u-ent-2'],
        },
      ],
      results: {},
    });
    expect(waitingFor(state, input)).toEqual(['u-ent-1', 'u-ent-2']);
  });

  it('waitingFor hands out a copy: changing it does not change the chain', () => {
    const input = chain();
    const state = initialState(input, T0);
    waitingFor(state, input).push('u-intruder');
    expect(input.steps[0].approvers).toEqual(['u-ent-1', 'u-ent-2']);
    expect(waitingFor(state, input)).toEqual(['u-ent-1', 'u-ent-2']);
  });
});

describe('the full four-level or-sign path', () => {
  const input = chain();

  it('approves level by level: step-approved ×3, then approved', () => {
    const s0 = initialState(input, T0);

    const s1 = applyDecision(s0, input, approve('d-ent', 'ent', 'u-ent-1', '同意上报'), T1);
    expect(s1.status).toBe('pending');
    expect(s1.currentStep).toBe(1);
    expect(s1.steps).toEqual([
      waiting('ent', T0, 1, { signatures: [{ userId: 'u-ent-1', onBehalfOf: null, outcome: 'approve', opinion: '同意上报', at: T1 }] }),
      waiting('town', T1, 1),
      notReached('county'),
      notReached('city'),
    ]);
    expect(s1.transitions).toHaveLength(2);
    expect(lastTransition(s1)).toEqual<Transition>({
      seq: 2,
      kind: 'step-approved',
      at: T1,
      stepId: 'ent',
      actorUserId: 'u-ent-1',
      onBehalfOf: null,
      opinion: '同意上报',
      decisionId: 'd-ent',
      status: 'pending',
      currentStepId: 'town',
      waitingFor: ['u-town-1'],
      notify: ['u-town-1'],
    });
    expect(s1.results).toEqual({ 'd-ent': { decisionId: 'd-ent', status: 'pending', currentStepId: 'town', transitionSeq: 2 } });
    expect(waitingFor(s1, input)).toEqual(['u-town-1']);

    const s2 = applyDecision(s1, input, approve('d-town', 'town', 'u-town-1', '同意'), T2);
    expect(s2.currentStep).toBe(2);
    expect(s2.steps[1].signatures).toEqual([{ userId: 'u-town-1', onBehalfOf: null, outcome: 'approve', opinion: '同意', at: T2 }]);
    expect(s2.steps[2]).toEqual(waiting('county', T2, 1));
    expect(s2.steps[3]).toEqual(notReached('city'));
    expect(lastTransition(s2)).toEqual<Transition>({
      seq: 3,
      kind: 'step-approved',
      at: T2,
      stepId: 'town',
      actorUserId: 'u-town-1',
      onBehalfOf: null,
      opinion: '同意',
      decisionId: 'd-town',
      status: 'pending',
      currentStepId: 'county',
      waitingFor: ['u-county-1'],
      notify: ['u-county-1'],
    });
    expect(s2.results['d-town']).toEqual({ decisionId: 'd-town', status: 'pending', currentStepId: 'county', transitionSeq: 3 });

    const s3 = applyDecision(s2, input, approve('d-county', 'county', 'u-county-1', '同意推荐'), T3);
    expect(s3.currentStep).toBe(3);
    expect(s3.steps[3]).toEqual(waiting('city', T3, 1));
    expect(lastTransition(s3)).toMatchObject({
      seq: 4,
      kind: 'step-approved',
      stepId: 'county',
      currentStepId: 'city',
      waitingFor: ['u-city-1'],
      notify: ['u-city-1'],
    });
    expect(s3.results['d-county']).toEqual({ decisionId: 'd-county', status: 'pending', currentStepId: 'city', transitionSeq: 4 });

    const s4 = applyDecision(s3, input, approve('d-city', 'city', 'u-city-1', '同意授予'), T4);
    expect(s4.status).toBe('approved');
    expect(s4.currentStep).toBe(3);
    expect(s4.steps[3].signatures).toEqual([{ userId: 'u-city-1', onBehalfOf: null, outcome: 'approve', opinion: '同意授予', at: T4 }]);
    expect(lastTransition(s4)).toEqual<Transition>({
      seq: 5,
      kind: 'approved',
      at: T4,
      stepId: 'city',
      actorUserId: 'u-city-1',
      onBehalfOf: null,
      opinion: '同意授予',
      decisionId: 'd-city',
      status: 'approved',
      currentStepId: null,
      waitingFor: [],
      notify: ['u-submitter'],
    });
    expect(s4.results['d-city']).toEqual({ decisionId: 'd-city', status: 'approved', currentStepId: null, transitionSeq: 5 });
    expect(waitingFor(s4, input)).toEqual([]);

    expect(s4.transitions.map((t) => t.kind)).toEqual(['submitted', 'step-approved', 'step-approved', 'step-approved', 'approved']);
    expect(s4.transitions.map((t) => t.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(s4.steps.map((s) => [s.stepId, s.waitingSince, s.round])).toEqual([
      ['ent', T0, 1],
      ['town', T1, 1],
      ['county', T2, 1],
      ['city', T3, 1],
    ]);
    expect(Object.keys(s4.results)).toEqual(['d-ent', 'd-town', 'd-county', 'd-city']);
  });

  it('a one-step chain is approved by its only decision', () => {
    const single = chain([step('town')]);
    const state = applyDecision(initialState(single, T0), single, approve('d-1', 'town', 'u-town-1'), T1);
    expect(state.status).toBe('approved');
    expect(lastTransition(state)).toMatchObject({ seq: 2, kind: 'approved', stepId: 'town', currentStepId: null, waitingFor: [] });
  });
});

describe('reject', () => {
  const input = chain();
  const rejectAtCounty = decision({
    decisionId: 'd-county-reject',
    stepId: 'county',
    actorUserId: 'u-county-1',
    outcome: 'reject',
    opinion: '材料不全，不予推荐',
  });

  it('at level 3 rejects the item with the opinion', () => {
    const state = applyDecision(atCounty(input), input, rejectAtCounty, T3);

    expect(state.status).toBe('rejected');
    expect(state.currentStep).toBe(2);
    expect(state.steps[2].signatures).toEqual([
      { userId: 'u-county-1', onBehalfOf: null, outcome: 'reject', opinion: '材料不全，不予推荐', at: T3 },
    ]);
    expect(state.steps[3]).toEqual(notReached('city'));
    expect(state.transitions).toHaveLength(4);
    expect(lastTransition(state)).toEqual<Transition>({
      seq: 4,
      kind: 'rejected',
      at: T3,
      stepId: 'county',
      actorUserId: 'u-county-1',
      onBehalfOf: null,
      opinion: '材料不全，不予推荐',
      decisionId: 'd-county-reject',
      status: 'rejected',
      currentStepId: null,
      waitingFor: [],
      notify: ['u-submitter'],
    });
    expect(state.results['d-county-reject']).toEqual({
      decisionId: 'd-county-reject',
      status: 'rejected',
      currentStepId: null,
      transitionSeq: 4,
    });
    expect(waitingFor(state, input)).toEqual([]);
  });

  it('refuses every later request: the item is already rejected', () => {
    const state = applyDecision(atCounty(input), input, rejectAtCounty, T3);
    expectDecisionRefused(state, input, approve('d-late', 'county', 'u-county-1'), 'the item is already rejected and can no longer be decided');
    expectDecisionRefused(state, input, approve('d-city', 'city', 'u-city-1'), 'the item is already rejected and can no longer be decided');
    expectResubmitRefused(state, input, resubmit('r-late'), 'the item is already rejected and can no longer be resubmitted');
    expectWithdrawRefused(state, input, withdraw('w-late'), 'the item is already rejected and can no longer be withdrawn');
  });
});

describe('return for revision and resubmit', () => {
  const input = chain();

  it('return at level 2 hands the item back to the submitter', () => {
    const state = returnedAtTown(input);

    expect(state.status).toBe('returned');
    expect(state.currentStep).toBe(1);
    expect(state.steps[1].signatures).toEqual([
      { userId: 'u-town-1', onBehalfOf: null, outcome: 'return', opinion: '请补充事迹材料', at: T2 },
    ]);
    expect(lastTransition(state)).toEqual<Transition>({
      seq: 3,
      kind: 'returned',
      at: T2,
      stepId: 'town',
      actorUserId: 'u-town-1',
      onBehalfOf: null,
      opinion: '请补充事迹材料',
      decisionId: 'd-town-return',
      status: 'returned',
      currentStepId: 'town',
      waitingFor: [SUBMITTER],
      notify: [SUBMITTER],
    });
    expect(state.results['d-town-return']).toEqual({
      decisionId: 'd-town-return',
      status: 'returned',
      currentStepId: 'town',
      transitionSeq: 3,
    });
    expect(waitingFor(state, input)).toEqual([SUBMITTER]);
  });

  it('refuses decisions while the item is with the submitter', () => {
    const state = returnedAtTown(input);
    const message = 'the item was returned to u-submitter for revision; it can be decided again once resubmitted';
    expectDecisionRefused(state, input, approve('d-town-2', 'town', 'u-town-1'), message);
    expectDecisionRefused(state, input, approve('d-county', 'county', 'u-county-1'), message);
  });

  it('refuses a resubmit by anyone but the submitter', () => {
    const state = returnedAtTown(input);
    expectResubmitRefused(state, input, resubmit('r-1', 'u-town-1'), 'only the submitter (u-submitter) resubmits the item');
    expectResubmitRefused(state, input, resubmit('r-1', 'u-ent-1'), 'only the submitter (u-submitter) resubmits the item');
  });

  it('refuses a resubmit while the item is pending: nothing was returned', () => {
    expectResubmitRefused(
      atTown(input),
      input,
      resubmit('r-1'),
      'the item has not been returned for revision, so there is nothing to resubmit',
    );
  });

  it('resubmit by the submitter resumes at the step that returned it, with its signatures cleared and a new round', () => {
    const returned = returnedAtTown(input);
    expect(() => validateResubmit(returned, input, resubmit('r-1'))).not.toThrow();

    const state = applyResubmit(returned, input, resubmit('r-1', SUBMITTER, '已补充事迹材料和照片'), T3);

    expect(state.status).toBe('pending');
    expect(state.currentStep).toBe(1);
    expect(state.steps).toEqual([
      waiting('ent', T0, 1, { signatures: [{ userId: 'u-ent-1', onBehalfOf: null, outcome: 'approve', opinion: '同意上报', at: T1 }] }),
      waiting('town', T3, 2),
      notReached('county'),
      notReached('city'),
    ]);
    expect(lastTransition(state)).toEqual<Transition>({
      seq: 4,
      kind: 'resubmitted',
      at: T3,
      stepId: 'town',
      actorUserId: SUBMITTER,
      onBehalfOf: null,
      opinion: '已补充事迹材料和照片',
      decisionId: 'r-1',
      status: 'pending',
      currentStepId: 'town',
      waitingFor: ['u-town-1'],
      notify: ['u-town-1'],
    });
    expect(state.results['r-1']).toEqual({ decisionId: 'r-1', status: 'pending', currentStepId: 'town', transitionSeq: 4 });
    expect(waitingFor(state, input)).toEqual(['u-town-1']);
  });

  it('after the resubmit, the approvals continue to the end', () => {
    let state = applyResubmit(returnedAtTown(input), input, resubmit('r-1'), T3);
    state = applyDecision(state, input, approve('d-town-2', 'town', 'u-town-1', '材料齐全，同意'), T4);
    expect(state.currentStep).toBe(2);
    expect(state.steps[1].signatures).toEqual([
      { userId: 'u-town-1', onBehalfOf: null, outcome: 'approve', opinion: '材料齐全，同意', at: T4 },
    ]);
    expect(state.steps[2]).toEqual(waiting('county', T4, 1));
    state = applyDecision(state, input, approve('d-county', 'county', 'u-county-1'), T5);
    state = applyDecision(state, input, approve('d-city', 'city', 'u-city-1'), T6);

    expect(state.status).toBe('approved');
    expect(state.transitions.map((t) => [t.seq, t.kind, t.stepId])).toEqual([
      [1, 'submitted', null],
      [2, 'step-approved', 'ent'],
      [3, 'returned', 'town'],
      [4, 'resubmitted', 'town'],
      [5, 'step-approved', 'town'],
      [6, 'step-approved', 'county'],
      [7, 'approved', 'city'],
    ]);
    expect(state.results['d-city']).toEqual({ decisionId: 'd-city', status: 'approved', currentStepId: null, transitionSeq: 7 });
  });

  it('a return at the first step resumes there, keeping later steps unreached', () => {
    const returned = applyDecision(
      initialState(input, T0),
      input,
      decision({ decisionId: 'd-ret', stepId: 'ent', actorUserId: 'u-ent-2', outcome: 'return', opinion: '请填写完整' }),
      T1,
    );
    const state = applyResubmit(returned, input, resubmit('r-1'), T2);
    expect(state.currentStep).toBe(0);
    expect(state.steps).toEqual([waiting('ent', T2, 2), notReached('town'), notReached('county'), notReached('city')]);
    expect(lastTransition(state)).toMatchObject({ kind: 'resubmitted', stepId: 'ent', waitingFor: ['u-ent-1', 'u-ent-2'] });
  });
});

describe('withdraw', () => {
  const input = chain();

  it('withdraws a pending item', () => {
    const state = applyWithdraw(atTown(input), input, withdraw('w-1'), T2);

    expect(state.status).toBe('withdrawn');
    expect(state.currentStep).toBe(1);
    expect(lastTransition(state)).toEqual<Transition>({
      seq: 3,
      kind: 'withdrawn',
      at: T2,
      stepId: 'town',
      actorUserId: SUBMITTER,
      onBehalfOf: null,
      opinion: '班组合并，撤回申报',
      decisionId: 'w-1',
      status: 'withdrawn',
      currentStepId: null,
      waitingFor: [],
      notify: ['u-town-1'],
    });
    expect(state.results['w-1']).toEqual({ decisionId: 'w-1', status: 'withdrawn', currentStepId: null, transitionSeq: 3 });
    expect(waitingFor(state, input)).toEqual([]);
  });

  it('withdraws a returned item', () => {
    const state = applyWithdraw(returnedAtTown(input), input, withdraw('w-1', SUBMITTER, '不再申报'), T3);

    expect(state.status).toBe('withdrawn');
    expect(lastTransition(state)).toEqual<Transition>({
      seq: 4,
      kind: 'withdrawn',
      at: T3,
      stepId: 'town',
      actorUserId: SUBMITTER,
      onBehalfOf: null,
      opinion: '不再申报',
      decisionId: 'w-1',
      status: 'withdrawn',
      currentStepId: null,
      waitingFor: [],
      notify: ['u-submitter'],
    });
  });

  it('refuses a withdraw by anyone but the submitter', () => {
    expectWithdrawRefused(atTown(input), input, withdraw('w-1', 'u-town-1'), 'only the submitter (u-submitter) withdraws the item');
    expectWithdrawRefused(returnedAtTown(input), input, withdraw('w-1', 'u-ent-1'), 'only the submitter (u-submitter) withdraws the item');
  });

  it('refuses a withdraw without a reason, also a blank one', () => {
    expectWithdrawRefused(atTown(input), input, withdraw('w-1', SUBMITTER, ''), 'a reason is required to withdraw the item');
    expectWithdrawRefused(atTown(input), input, withdraw('w-1', SUBMITTER, '  \n '), 'a reason is required to withdraw the item');
  });

  it('refuses a withdraw after the approval', () => {
    expectWithdrawRefused(approvedChain(input), input, withdraw('w-1'), 'the item is already approved and can no longer be withdrawn');
  });

  it('refuses everything after the withdraw', () => {
    const state = applyWithdraw(atTown(input), input, withdraw('w-1'), T2);
    expectWithdrawRefused(state, input, withdraw('w-2'), 'the item is already withdrawn and can no longer be withdrawn');
    expectDecisionRefused(state, input, approve('d-town', 'town', 'u-town-1'), 'the item is already withdrawn and can no longer be decided');
    expectResubmitRefused(state, input, resubmit('r-1'), 'the item is already withdrawn and can no longer be resubmitted');
  });
});

describe('countersign (会签)', () => {
  const input = countersignChain();

  it('needs every named approver: signed, signed, then the step completes', () => {
    const s0 = initialState(input, T0);
    expect(waitingFor(s0, input)).toEqual(['u-ent-1', 'u-ent-2', 'u-ent-3']);

    const s1 = applyDecision(s0, input, approve('d-2', 'ent', 'u-ent-2', '同意'), T1);
    expect(s1.status).toBe('pending');
    expect(s1.currentStep).toBe(0);
    expect(lastTransition(s1)).toEqual<Transition>({
      seq: 2,
      kind: 'signed',
      at: T1,
      stepId: 'ent',
      actorUserId: 'u-ent-2',
      onBehalfOf: null,
      opinion: '同意',
      decisionId: 'd-2',
      status: 'pending',
      currentStepId: 'ent',
      waitingFor: ['u-ent-1', 'u-ent-3'],
      notify: ['u-ent-1', 'u-ent-3'],
    });
    expect(s1.results['d-2']).toEqual({ decisionId: 'd-2', status: 'pending', currentStepId: 'ent', transitionSeq: 2 });
    expect(waitingFor(s1, input)).toEqual(['u-ent-1', 'u-ent-3']);

    const s2 = applyDecision(s1, input, approve('d-1', 'ent', 'u-ent-1', '同意，请上级审核'), T2);
    expect(s2.currentStep).toBe(0);
    expect(lastTransition(s2)).toMatchObject({
      seq: 3,
      kind: 'signed',
      stepId: 'ent',
      actorUserId: 'u-ent-1',
      currentStepId: 'ent',
      waitingFor: ['u-ent-3'],
      notify: ['u-ent-3'],
    });
    expect(s2.steps[1]).toEqual(notReached('town'));

    const s3 = applyDecision(s2, input, approve('d-3', 'ent', 'u-ent-3'), T3);
    expect(s3.currentStep).toBe(1);
    expect(s3.steps[0].signatures.map((s) => s.userId)).toEqual(['u-ent-2', 'u-ent-1', 'u-ent-3']);
    expect(s3.steps[1]).toEqual(waiting('town', T3, 1));
    expect(lastTransition(s3)).toEqual<Transition>({
      seq: 4,
      kind: 'step-approved',
      at: T3,
      stepId: 'ent',
      actorUserId: 'u-ent-3',
      onBehalfOf: null,
      opinion: '同意',
      decisionId: 'd-3',
      status: 'pending',
      currentStepId: 'town',
      waitingFor: ['u-town-1'],
      notify: ['u-town-1'],
    });
    expect(s3.results['d-3']).toEqual({ decisionId: 'd-3', status: 'pending', currentStepId: 'town', transitionSeq: 4 });
  });

  it('a countersign last step approves the item once all have signed', () => {
    const single = chain([step('county', { mode: 'countersign', approvers: ['u-county-1', 'u-county-2'] })]);
    let state = applyDecision(initialState(single, T0), single, approve('d-1', 'county', 'u-county-2'), T1);
    expect(lastTransition(state)).toMatchObject({ kind: 'signed', waitingFor: ['u-county-1'] });
    state = applyDecision(state, single, approve('d-2', 'county', 'u-county-1'), T2);
    expect(state.status).toBe('approved');
    expect(lastTransition(state)).toMatchObject({ seq: 3, kind: 'approved', stepId: 'county', currentStepId: null, waitingFor: [] });
  });

  it('refuses the same approver signing twice', () => {
    const s1 = applyDecision(initialState(input, T0), input, approve('d-2', 'ent', 'u-ent-2'), T1);
    expectDecisionRefused(s1, input, approve('d-2-again', 'ent', 'u-ent-2'), 'u-ent-2 has already signed step ent (企业工会意见)');
    expectDecisionRefused(
      s1,
      input,
      decision({ decisionId: 'd-2-reject', stepId: 'ent', actorUserId: 'u-ent-2', outcome: 'reject', opinion: '改主意了' }),
      'u-ent-2 has already signed step ent (企业工会意见)',
    );
  });

  it('one reject by any of them rejects the item', () => {
    const s1 = applyDecision(initialState(input, T0), input, approve('d-1', 'ent', 'u-ent-1'), T1);
    const state = applyDecision(
      s1,
      input,
      decision({ decisionId: 'd-3', stepId: 'ent', actorUserId: 'u-ent-3', outcome: 'reject', opinion: '不符合条件' }),
      T2,
    );
    expect(state.status).toBe('rejected');
    expect(lastTransition(state)).toEqual<Transition>({
      seq: 3,
      kind: 'rejected',
      at: T2,
      stepId: 'ent',
      actorUserId: 'u-ent-3',
      onBehalfOf: null,
      opinion: '不符合条件',
      decisionId: 'd-3',
      status: 'rejected',
      currentStepId: null,
      waitingFor: [],
      notify: ['u-submitter'],
    });
    expectDecisionRefused(state, input, approve('d-2', 'ent', 'u-ent-2'), 'the item is already rejected and can no longer be decided');
  });

  it('a return clears the signatures on resubmit: every approver signs again', () => {
    let state = applyDecision(initialState(input, T0), input, approve('d-1', 'ent', 'u-ent-1'), T1);
    state = applyDecision(
      state,
      input,
      decision({ decisionId: 'd-2', stepId: 'ent', actorUserId: 'u-ent-2', outcome: 'return', opinion: '缺少班组名单' }),
      T2,
    );
    state = applyResubmit(state, input, resubmit('r-1'), T3);
    expect(state.steps[0]).toEqual(waiting('ent', T3, 2));
    expect(waitingFor(state, input)).toEqual(['u-ent-1', 'u-ent-2', 'u-ent-3']);
    expect(lastTransition(state)).toMatchObject({ kind: 'resubmitted', waitingFor: ['u-ent-1', 'u-ent-2', 'u-ent-3'] });

    // u-ent-1 signed before the return; that signature no longer counts.
    state = applyDecision(state, input, approve('d-1b', 'ent', 'u-ent-1'), T4);
    expect(lastTransition(state)).toMatchObject({ kind: 'signed', waitingFor: ['u-ent-2', 'u-ent-3'] });
  });
});

describe('or-sign (或签)', () => {
  const input = chain();

  it.each(['u-ent-1', 'u-ent-2'])('%s alone completes the step', (approver) => {
    const state = applyDecision(initialState(input, T0), input, approve('d-1', 'ent', approver), T1);
    expect(state.currentStep).toBe(1);
    expect(state.steps[0].signatures).toEqual([{ userId: approver, onBehalfOf: null, outcome: 'approve', opinion: '同意', at: T1 }]);
    expect(lastTransition(state)).toMatchObject({ kind: 'step-approved', stepId: 'ent', actorUserId: approver, currentStepId: 'town' });
  });

  it('the other approver of a completed step is refused: the item has moved on', () => {
    const state = applyDecision(initialState(input, T0), input, approve('d-1', 'ent', 'u-ent-1'), T1);
    expectDecisionRefused(
      state,
      input,
      approve('d-2', 'ent', 'u-ent-2'),
      'step ent (企业工会意见) is not the step waiting for a decision; the item waits at town (乡镇（街道、园区）工会意见)',
    );
  });
});

describe('decision refusals', () => {
  const input = chain();

  it('refuses an actor who is not an approver of the step, naming the actor and the step', () => {
    expectDecisionRefused(
      initialState(input, T0),
      input,
      approve('d-1', 'ent', 'u-town-1'),
      'you (u-town-1) are not an approver of step ent (企业工会意见)',
    );
    expectDecisionRefused(atTown(input), input, approve('d-2', 'town', 'u-ent-1'), 'you (u-ent-1) are not an approver of step town (乡镇（街道、园区）工会意见)');
  });

  it('gives the refusal a stable code and a Chinese message naming the step, for the services to answer', () => {
    expect(() => validateDecision(initialState(input, T0), input, approve('d-1', 'ent', 'u-town-1'))).toThrow(
      expect.objectContaining({ code: 'not-your-step', messageZh: '您不是“企业工会意见”环节的审批人' }),
    );
  });

  it('refuses a decision naming another step of the chain, naming the waiting step', () => {
    expectDecisionRefused(
      atTown(input),
      input,
      approve('d-1', 'county', 'u-county-1'),
      'step county (县（市、区）总工会意见) is not the step waiting for a decision; the item waits at town (乡镇（街道、园区）工会意见)',
    );
  });

  it('refuses a step id the chain does not have', () => {
    expectDecisionRefused(atTown(input), input, approve('d-1', 'province', 'u-town-1'), 'the chain has no step province');
  });

  it('refuses a decision after the chain completed', () => {
    expectDecisionRefused(approvedChain(input), input, approve('d-more', 'city', 'u-city-1'), 'the item is already approved and can no longer be decided');
  });

  it('refuses the submitter deciding their own item even when listed as an approver', () => {
    const own = chain([step('ent', { approvers: [SUBMITTER, 'u-ent-1'] }), step('town')]);
    const state = initialState(own, T0);
    expectDecisionRefused(state, own, approve('d-1', 'ent', SUBMITTER), 'you submitted this item yourself, so someone else must decide it');
    expectDecisionRefused(
      state,
      own,
      decision({ decisionId: 'd-2', stepId: 'ent', actorUserId: SUBMITTER, outcome: 'reject', opinion: '撤销' }),
      'you submitted this item yourself, so someone else must decide it',
    );
  });

  it('refuses the submitter deciding as a deputy, and a deputy deciding on behalf of the submitter', () => {
    const own = chain([step('ent', { approvers: [SUBMITTER, 'u-ent-1'] }), step('town')]);
    const state = initialState(own, T0);
    expectDecisionRefused(
      state,
      own,
      decision({ decisionId: 'd-1', stepId: 'ent', actorUserId: SUBMITTER, onBehalfOf: 'u-ent-1' }),
      'you submitted this item yourself, so someone else must decide it',
    );
    expectDecisionRefused(
      state,
      own,
      decision({ decisionId: 'd-2', stepId: 'ent', actorUserId: 'u-deputy', onBehalfOf: SUBMITTER }),
      'you submitted this item yourself, so someone else must decide it',
    );
  });

  it('refuses a reject or a return without an opinion, also a blank one', () => {
    const state = atTown(input);
    expectDecisionRefused(
      state,
      input,
      decision({ decisionId: 'd-1', stepId: 'town', actorUserId: 'u-town-1', outcome: 'reject', opinion: '' }),
      'an opinion is required to reject the item: say why',
    );
    expectDecisionRefused(
      state,
      input,
      decision({ decisionId: 'd-2', stepId: 'town', actorUserId: 'u-town-1', outcome: 'return', opinion: '   ' }),
      'an opinion is required to return the item: say why',
    );
  });

  it('accepts an approval without an opinion', () => {
    const request = decision({ decisionId: 'd-1', stepId: 'town', actorUserId: 'u-town-1', opinion: '' });
    expect(() => validateDecision(atTown(input), input, request)).not.toThrow();
    const state = applyDecision(atTown(input), input, request, T2);
    expect(state.currentStep).toBe(2);
    expect(state.steps[1].signatures).toEqual([{ userId: 'u-town-1', onBehalfOf: null, outcome: 'approve', opinion: '', at: T2 }]);
    expect(lastTransition(state)).toMatchObject({ kind: 'step-approved', stepId: 'town', opinion: '' });
  });

  it('a refused request leaves no trace: a later request with the same id is judged afresh', () => {
    const state = atTown(input);
    expectDecisionRefused(state, input, approve('d-x', 'town', 'u-county-1'), 'you (u-county-1) are not an approver of step town (乡镇（街道、园区）工会意见)');
    const next = applyDecision(state, input, approve('d-x', 'town', 'u-town-1'), T2);
    expect(next.results['d-x']).toEqual({ decisionId: 'd-x', status: 'pending', currentStepId: 'county', transitionSeq: 3 });
  });
});

describe('delegation (a deputy decides with onBehalfOf)', () => {
  const input = chain();

  it('accepts a deputy deciding for an approver, recording both', () => {
    const request = decision({ decisionId: 'd-dep', stepId: 'town', actorUserId: 'u-deputy', onBehalfOf: 'u-town-1', opinion: '代为同意' });
    expect(() => validateDecision(atTown(input), input, request)).not.toThrow();
    const state = applyDecision(atTown(input), input, request, T2);

    expect(state.currentStep).toBe(2);
    expect(state.steps[1].signatures).toEqual([
      { userId: 'u-deputy', onBehalfOf: 'u-town-1', outcome: 'approve', opinion: '代为同意', at: T2 },
    ]);
    expect(lastTransition(state)).toEqual<Transition>({
      seq: 3,
      kind: 'step-approved',
      at: T2,
      stepId: 'town',
      actorUserId: 'u-deputy',
      onBehalfOf: 'u-town-1',
      opinion: '代为同意',
      decisionId: 'd-dep',
      status: 'pending',
      currentStepId: 'county',
      waitingFor: ['u-county-1'],
      notify: ['u-county-1'],
    });
  });

  it('a deputy may also reject for the approver', () => {
    const state = applyDecision(
      atTown(input),
      input,
      decision({ decisionId: 'd-dep', stepId: 'town', actorUserId: 'u-deputy', onBehalfOf: 'u-town-1', outcome: 'reject', opinion: '不符合条件' }),
      T2,
    );
    expect(state.status).toBe('rejected');
    expect(lastTransition(state)).toMatchObject({ kind: 'rejected', actorUserId: 'u-deputy', onBehalfOf: 'u-town-1', opinion: '不符合条件' });
  });

  it('refuses onBehalfOf naming someone who is not an approver of the step', () => {
    expectDecisionRefused(
      atTown(input),
      input,
      decision({ decisionId: 'd-dep', stepId: 'town', actorUserId: 'u-deputy', onBehalfOf: 'u-county-1' }),
      'u-county-1, on whose behalf you decide, is not an approver of step town (乡镇（街道、园区）工会意见)',
    );
    // Even when the actor is an approver themselves: the decision is the named person's.
    expectDecisionRefused(
      atTown(input),
      input,
      decision({ decisionId: 'd-dep2', stepId: 'town', actorUserId: 'u-town-1', onBehalfOf: 'u-ent-1' }),
      'u-ent-1, on whose behalf you decide, is not an approver of step town (乡镇（街道、园区）工会意见)',
    );
  });

  it('refuses onBehalfOf naming the actor', () => {
    expectDecisionRefused(
      atTown(input),
      input,
      decision({ decisionId: 'd-self', stepId: 'town', actorUserId: 'u-town-1', onBehalfOf: 'u-town-1' }),
      'onBehalfOf names yourself: decide in your own name',
    );
  });

  it('in countersign, the delegated approver counts as signed and cannot sign again', () => {
    const cs = countersignChain();
    const s1 = applyDecision(
      initialState(cs, T0),
      cs,
      decision({ decisionId: 'd-dep', stepId: 'ent', actorUserId: 'u-deputy', onBehalfOf: 'u-ent-1' }),
      T1,
    );
    expect(lastTransition(s1)).toEqual<Transition>({
      seq: 2,
      kind: 'signed',
      at: T1,
      stepId: 'ent',
      actorUserId: 'u-deputy',
      onBehalfOf: 'u-ent-1',
      opinion: '同意',
      decisionId: 'd-dep',
      status: 'pending',
      currentStepId: 'ent',
      waitingFor: ['u-ent-2', 'u-ent-3'],
      notify: ['u-ent-2', 'u-ent-3'],
    });
    expect(waitingFor(s1, cs)).toEqual(['u-ent-2', 'u-ent-3']);

    expectDecisionRefused(s1, cs, approve('d-1', 'ent', 'u-ent-1'), 'u-ent-1 has already signed step ent (企业工会意见)');
    expectDecisionRefused(
      s1,
      cs,
      decision({ decisionId: 'd-dep-2', stepId: 'ent', actorUserId: 'u-other-deputy', onBehalfOf: 'u-ent-1' }),
      'u-ent-1 has already signed step ent (企业工会意见)',
    );

    const s2 = applyDecision(s1, cs, approve('d-2', 'ent', 'u-ent-2'), T2);
    const s3 = applyDecision(s2, cs, approve('d-3', 'ent', 'u-ent-3'), T3);
    expect(s3.currentStep).toBe(1);
    expect(lastTransition(s3)).toMatchObject({ kind: 'step-approved', stepId: 'ent', currentStepId: 'town' });
  });

  it('in countersign, an approver may also sign for a colleague and still sign in their own name', () => {
    const cs = countersignChain();
    const s1 = applyDecision(
      initialState(cs, T0),
      cs,
      decision({ decisionId: 'd-for-3', stepId: 'ent', actorUserId: 'u-ent-2', onBehalfOf: 'u-ent-3' }),
      T1,
    );
    expect(waitingFor(s1, cs)).toEqual(['u-ent-1', 'u-ent-2']);
    const s2 = applyDecision(s1, cs, approve('d-own', 'ent', 'u-ent-2'), T2);
    expect(lastTransition(s2)).toMatchObject({ kind: 'signed', waitingFor: ['u-ent-1'] });
  });
});

describe('idempotency (the same decisionId counts once)', () => {
  const input = chain();

  it('applying the same decision twice returns the identical state and a stable result', () => {
    const s0 = initialState(input, T0);
    const request = approve('d-ent', 'ent', 'u-ent-1');
    const s1 = applyDecision(s0, input, request, T1);
    const s2 = applyDecision(s1, input, request, T2);

    expect(s2).toBe(s1);
    expect(s2.transitions).toHaveLength(2);
    expect(s2.results['d-ent']).toBe(s1.results['d-ent']);
    expect(s2.results['d-ent']).toEqual({ decisionId: 'd-ent', status: 'pending', currentStepId: 'town', transitionSeq: 2 });
  });

  it('a repeated id with a different payload is still the first answer', () => {
    const s1 = applyDecision(initialState(input, T0), input, approve('d-ent', 'ent', 'u-ent-1'), T1);
    const retry = decision({ decisionId: 'd-ent', stepId: 'ent', actorUserId: 'u-ent-2', outcome: 'reject', opinion: '不同意' });
    expect(applyDecision(s1, input, retry, T2)).toBe(s1);
  });

  it('the result of an earlier decision stays as it was while the chain moves on', () => {
    const done = approvedChain(input);
    expect(done.results).toEqual({
      'd-ent': { decisionId: 'd-ent', status: 'pending', currentStepId: 'town', transitionSeq: 2 },
      'd-town': { decisionId: 'd-town', status: 'pending', currentStepId: 'county', transitionSeq: 3 },
      'd-county': { decisionId: 'd-county', status: 'pending', currentStepId: 'city', transitionSeq: 4 },
      'd-city': { decisionId: 'd-city', status: 'approved', currentStepId: null, transitionSeq: 5 },
    });
  });

  it('validate* does not refuse an id already applied, even after the chain completed', () => {
    const done = approvedChain(input);
    const first = approve('d-ent', 'ent', 'u-ent-1', '同意上报');
    expect(() => validateDecision(done, input, first)).not.toThrow();
    expect(applyDecision(done, input, first, T5)).toBe(done);
    expect(() => validateDecision(done, input, approve('d-city', 'city', 'u-city-1'))).not.toThrow();
    // A new id with the same content is refused.
    expectDecisionRefused(done, input, approve('d-ent-new', 'ent', 'u-ent-1'), 'the item is already approved and can no longer be decided');
  });

  it('resubmit and withdraw are idempotent by their id too', () => {
    const resubmitted = applyResubmit(returnedAtTown(input), input, resubmit('r-1'), T3);
    expect(applyResubmit(resubmitted, input, resubmit('r-1'), T4)).toBe(resubmitted);
    expect(() => validateResubmit(resubmitted, input, resubmit('r-1'))).not.toThrow();
    expectResubmitRefused(resubmitted, input, resubmit('r-2'), 'the item has not been returned for revision, so there is nothing to resubmit');

    const withdrawn = applyWithdraw(resubmitted, input, withdraw('w-1'), T4);
    expect(applyWithdraw(withdrawn, input, withdraw('w-1'), T5)).toBe(withdrawn);
    expect(() => validateWithdraw(withdrawn, input, withdraw('w-1'))).not.toThrow();
    expect(() => validateResubmit(withdrawn, input, resubmit('r-1'))).not.toThrow();
    expect(() => validateDecision(withdrawn, input, approve('d-ent', 'ent', 'u-ent-1'))).not.toThrow();
    expect(withdrawn.results['w-1']).toEqual({ decisionId: 'w-1', status: 'withdrawn', currentStepId: null, transitionSeq: 5 });
    expect(withdrawn.results['r-1']).toBe(resubmitted.results['r-1']);
  });
});

describe('applyReminder and applyEscalation', () => {
  const input = chain();

  it('a reminder for the current round tells the waiting approvers, once', () => {
    const s0 = initialState(input, T0);
    const reminded = applyReminder(s0, input, { stepId: 'ent', round: 1 }, T1);

    expect(reminded).not.toBeNull();
    expect(reminded!.status).toBe('pending');
    expect(reminded!.currentStep).toBe(0);
    expect(reminded!.steps[0]).toEqual(waiting('ent', T0, 1, { remindedInRound: true }));
    expect(reminded!.steps.slice(1)).toEqual(s0.steps.slice(1));
    expect(reminded!.transitions).toHaveLength(2);
    expect(lastTransition(reminded!)).toEqual<Transition>({
      seq: 2,
      kind: 'reminded',
      at: T1,
      stepId: 'ent',
      actorUserId: null,
      onBehalfOf: null,
      opinion: null,
      decisionId: null,
      status: 'pending',
      currentStepId: 'ent',
      waitingFor: ['u-ent-1', 'u-ent-2'],
      notify: ['u-ent-1', 'u-ent-2'],
    });
    expect(reminded!.results).toEqual({});

    expect(applyReminder(reminded!, input, { stepId: 'ent', round: 1 }, T2)).toBeNull();
  });

  it('an escalation for the current round tells the next level office, once', () => {
    const reminded = applyReminder(initialState(input, T0), input, { stepId: 'ent', round: 1 }, T1)!;
    const escalated = applyEscalation(reminded, input, { stepId: 'ent', round: 1 }, T2);

    expect(escalated).not.toBeNull();
    expect(escalated!.steps[0]).toEqual(waiting('ent', T0, 1, { remindedInRound: true, escalatedInRound: true }));
    expect(escalated!.transitions).toHaveLength(3);
    expect(lastTransition(escalated!)).toEqual<Transition>({
      seq: 3,
      kind: 'escalated',
      at: T2,
      stepId: 'ent',
      actorUserId: null,
      onBehalfOf: null,
      opinion: null,
      decisionId: null,
      status: 'pending',
      currentStepId: 'ent',
      waitingFor: ['u-ent-1', 'u-ent-2'],
      notify: ['u-town-office'],
    });

    expect(applyEscalation(escalated!, input, { stepId: 'ent', round: 1 }, T3)).toBeNull();
    expect(applyReminder(escalated!, input, { stepId: 'ent', round: 1 }, T3)).toBeNull();
  });

  it('reminder and escalation are independent: an escalation without a reminder leaves the reminder due', () => {
    const escalated = applyEscalation(atCounty(input), input, { stepId: 'county', round: 1 }, T3)!;
    expect(escalated.steps[2]).toEqual(waiting('county', T2, 1, { escalatedInRound: true }));
    expect(lastTransition(escalated)).toMatchObject({ kind: 'escalated', stepId: 'county', notify: ['u-city-office', 'u-city-deputy-office'] });
    const reminded = applyReminder(escalated, input, { stepId: 'county', round: 1 }, T4)!;
    expect(lastTransition(reminded)).toMatchObject({ seq: 5, kind: 'reminded', stepId: 'county', notify: ['u-county-1'] });
  });

  it('the escalation notify list is a copy of escalateTo', () => {
    const escalated = applyEscalation(initialState(input, T0), input, { stepId: 'ent', round: 1 }, T1)!;
    lastTransition(escalated).notify.push('u-intruder');
    expect(input.steps[0].escalateTo).toEqual(['u-town-office']);
  });

  it('in countersign, the reminder tells only those who have not signed', () => {
    const cs = countersignChain();
    const s1 = applyDecision(initialState(cs, T0), cs, approve('d-2', 'ent', 'u-ent-2'), T1);
    const reminded = applyReminder(s1, cs, { stepId: 'ent', round: 1 }, T2)!;
    expect(lastTransition(reminded)).toMatchObject({
      seq: 3,
      kind: 'reminded',
      stepId: 'ent',
      waitingFor: ['u-ent-1', 'u-ent-3'],
      notify: ['u-ent-1', 'u-ent-3'],
    });
  });

  it('the next step has its own round: its reminder and escalation are due there', () => {
    const s0 = initialState(input, T0);
    const remindedAtEnt = applyEscalation(applyReminder(s0, input, { stepId: 'ent', round: 1 }, T1)!, input, { stepId: 'ent', round: 1 }, T1)!;
    const town = applyDecision(remindedAtEnt, input, approve('d-ent', 'ent', 'u-ent-1'), T2);
    const townRound = town.steps[1].round;
    expect(town.steps[1]).toEqual(waiting('town', T2, townRound));

    const reminded = applyReminder(town, input, { stepId: 'town', round: townRound }, T3)!;
    expect(lastTransition(reminded)).toMatchObject({ kind: 'reminded', stepId: 'town', notify: ['u-town-1'] });
    const escalated = applyEscalation(reminded, input, { stepId: 'town', round: townRound }, T4)!;
    expect(lastTransition(escalated)).toMatchObject({ kind: 'escalated', stepId: 'town', notify: ['u-county-office'] });
  });

  it('a timer of the previous step is void once the chain moved on to the next step', () => {
    const s0 = initialState(input, T0);
    const entRound = s0.steps[0].round;
    const town = applyDecision(s0, input, approve('d-ent', 'ent', 'u-ent-1'), T1);

    // The enterprise union's reminder and deadline timers fire late, after the township took over.
    expect(applyReminder(town, input, { stepId: 'ent', round: entRound }, T2)).toBeNull();
    expect(applyEscalation(town, input, { stepId: 'ent', round: entRound }, T2)).toBeNull();
  });

  it('a timer of a step whose round moved on after a resubmit is void; the new round has its own', () => {
    const s0 = initialState(input, T0);
    // The enterprise union returns the item in round 1, after a reminder was sent.
    const reminded = applyReminder(s0, input, { stepId: 'ent', round: 1 }, T1)!;
    const returned = applyDecision(
      reminded,
      input,
      decision({ decisionId: 'd-ret', stepId: 'ent', actorUserId: 'u-ent-1', outcome: 'return', opinion: '请补充' }),
      T2,
    );
    const resubmitted = applyResubmit(returned, input, resubmit('r-1'), T3);
    expect(resubmitted.steps[0]).toEqual(waiting('ent', T3, 2));

    expect(applyReminder(resubmitted, input, { stepId: 'ent', round: 1 }, T4)).toBeNull();
    expect(applyEscalation(resubmitted, input, { stepId: 'ent', round: 1 }, T4)).toBeNull();

    const remindedAgain = applyReminder(resubmitted, input, { stepId: 'ent', round: 2 }, T4)!;
    expect(remindedAgain.steps[0]).toEqual(waiting('ent', T3, 2, { remindedInRound: true }));
    expect(lastTransition(remindedAgain)).toMatchObject({ seq: 5, kind: 'reminded', stepId: 'ent', notify: ['u-ent-1', 'u-ent-2'] });
    const escalatedAgain = applyEscalation(remindedAgain, input, { stepId: 'ent', round: 2 }, T5)!;
    expect(lastTransition(escalatedAgain)).toMatchObject({ seq: 6, kind: 'escalated', stepId: 'ent', notify: ['u-town-office'] });
  });

  it('a round the step has not reached is not due', () => {
    const s0 = initialState(input, T0);
    expect(applyReminder(s0, input, { stepId: 'ent', round: 2 }, T1)).toBeNull();
    expect(applyEscalation(s0, input, { stepId: 'ent', round: 0 }, T1)).toBeNull();
  });

  it('nothing is due when the item is not pending', () => {
    const returned = returnedAtTown(input);
    const states: [string, ChainState][] = [
      ['returned', returned],
      ['approved', approvedChain(input)],
      ['rejected', applyDecision(atTown(input), input, decision({ decisionId: 'd-r', stepId: 'town', actorUserId: 'u-town-1', outcome: 'reject', opinion: '否' }), T2)],
      ['withdrawn', applyWithdraw(atTown(input), input, withdraw('w-1'), T2)],
    ];
    for (const [status, state] of states) {
      expect(state.status).toBe(status);
      const round = state.steps[state.currentStep].round;
      expect(round).toBe(1);
      expect(applyReminder(state, input, { stepId: 'ent', round: round }, T5)).toBeNull();
      expect(applyEscalation(state, input, { stepId: 'ent', round: round }, T5)).toBeNull();
    }
  });
});

describe('purity: apply* never mutate the state given', () => {
  const input = deepFreeze(chain());
  const csInput = deepFreeze(countersignChain());

  /** Runs `apply` on a deep-frozen state and checks the state is unchanged afterwards. */
  function expectUntouched(state: ChainState, apply: (frozen: ChainState) => ChainState | null): ChainState | null {
    const before = structuredClone(state);
    const frozen = deepFreeze(state);
    const next = apply(frozen);
    expect(frozen).toEqual(before);
    if (next !== null && next !== frozen) {
      expect(next).not.toBe(frozen);
      expect(next.transitions).not.toBe(frozen.transitions);
    }
    return next;
  }

  it('initialState does not touch its input', () => {
    const fresh = chain();
    const before = structuredClone(fresh);
    initialState(deepFreeze(fresh), T0);
    expect(fresh).toEqual(before);
  });

  it('applyDecision: step-approved, signed, approved, rejected, returned', () => {
    const next = expectUntouched(initialState(input, T0), (s) => applyDecision(s, input, approve('d-ent', 'ent', 'u-ent-1'), T1));
    expect(next!.currentStep).toBe(1);

    const signed = expectUntouched(initialState(csInput, T0), (s) =>
      applyDecision(s, csInput, decision({ decisionId: 'd-1', stepId: 'ent', actorUserId: 'u-deputy', onBehalfOf: 'u-ent-1' }), T1),
    );
    expect(lastTransition(signed!).kind).toBe('signed');

    const atCity = applyDecision(atCounty(input), input, approve('d-county', 'county', 'u-county-1'), T3);
    expect(expectUntouched(atCity, (s) => applyDecision(s, input, approve('d-city', 'city', 'u-city-1'), T4))!.status).toBe('approved');

    expect(
      expectUntouched(atTown(input), (s) =>
        applyDecision(s, input, decision({ decisionId: 'd-r', stepId: 'town', actorUserId: 'u-town-1', outcome: 'reject', opinion: '否' }), T2),
      )!.status,
    ).toBe('rejected');

    expect(expectUntouched(atTown(input), (s) => applyDecision(s, input, decision({ decisionId: 'd-t', stepId: 'town', actorUserId: 'u-town-1', outcome: 'return', opinion: '补充' }), T2))!.status).toBe(
      'returned',
    );
  });

  it('applyResubmit and applyWithdraw', () => {
    expect(expectUntouched(returnedAtTown(input), (s) => applyResubmit(s, input, resubmit('r-1'), T3))!.status).toBe('pending');
    expect(expectUntouched(returnedAtTown(input), (s) => applyWithdraw(s, input, withdraw('w-1'), T3))!.status).toBe('withdrawn');
    expect(expectUntouched(atTown(input), (s) => applyWithdraw(s, input, withdraw('w-1'), T3))!.status).toBe('withdrawn');
  });

  it('applyReminder and applyEscalation', () => {
    expect(expectUntouched(atTown(input), (s) => applyReminder(s, input, { stepId: 'town', round: 1 }, T3))!.steps[1].remindedInRound).toBe(true);
    expect(expectUntouched(atTown(input), (s) => applyEscalation(s, input, { stepId: 'town', round: 1 }, T3))!.steps[1].escalatedInRound).toBe(true);
  });

  it('a refused request leaves the state as it was', () => {
    expectUntouched(atTown(input), (s) => {
      expect(() => applyDecision(s, input, approve('d-x', 'town', 'u-nobody'), T2)).toThrow(ApprovalRequestRefused);
      return null;
    });
  });
});

describe('the submitter fills the first box with the submission', () => {
  /** The enterprise union's only cadre submits: the first box is theirs. */
  const ownBox = (steps = [step('ent', { approvers: [SUBMITTER] }), step('town'), step('county')]): ApprovalChainInput => ({
    ...chain(steps),
    submitterOpinion: '班组管理规范，同意推荐',
  });

  it('records the submission, then the first box signed in the submitter’s name with their opinion, and waits at the second box', () => {
    const input = ownBox();
    const state = initialState(input, T0);
    expect(state.transitions.map((t) => [t.kind, t.stepId, t.actorUserId, t.opinion, t.currentStepId])).toEqual([
      ['submitted', null, SUBMITTER, null, 'ent'],
      ['step-approved', 'ent', SUBMITTER, '班组管理规范，同意推荐', 'town'],
    ]);
    expect(state.steps[0].signatures).toEqual([{ userId: SUBMITTER, onBehalfOf: null, outcome: 'approve', opinion: '班组管理规范，同意推荐', at: T0 }]);
    expect(state).toMatchObject({ status: 'pending', currentStep: 1 });
    expect(state.steps[1]).toEqual(waiting('town', T0, 1));
    expect(lastTransition(state).waitingFor).toEqual(['u-town-1']);
    // The rest of the chain runs as any other: the township decides next.
    const next = applyDecision(state, input, approve('d-town', 'town', 'u-town-1'), T1);
    expect(lastTransition(next)).toMatchObject({ kind: 'step-approved', currentStepId: 'county' });
  });

  it('completes a one-box chain at once, approved, telling the submitter', () => {
    const state = initialState(ownBox([step('ent', { approvers: [SUBMITTER] })]), T0);
    expect(state.status).toBe('approved');
    expect(lastTransition(state)).toMatchObject({ kind: 'approved', stepId: 'ent', actorUserId: SUBMITTER, currentStepId: null, waitingFor: [], notify: [SUBMITTER] });
  });

  it('counts the submitter’s signature in a countersigned first box, which still waits for the others', () => {
    const input = ownBox([step('ent', { mode: 'countersign', approvers: [SUBMITTER, 'u-ent-2'] }), step('town')]);
    expect(validateChainInput(input)).toBeNull();
    const state = initialState(input, T0);
    expect(lastTransition(state)).toMatchObject({ kind: 'signed', stepId: 'ent', waitingFor: ['u-ent-2'] });
  });

  it('never lets the submitter decide later: any other box of theirs is still refused', () => {
    const input = ownBox([step('ent', { approvers: [SUBMITTER] }), step('town', { approvers: [SUBMITTER, 'u-town-1'] })]);
    expectDecisionRefused(initialState(input, T0), input, approve('d-self', 'town', SUBMITTER), 'you submitted this item yourself, so someone else must decide it');
  });

  it('refuses a chain whose submitter fills a first box they are not an approver of', () => {
    expect(validateChainInput({ ...chain(), submitterOpinion: '同意' })).toBe(
      `the submitter (${SUBMITTER}) is not an approver of the first step ent (企业工会意见), so cannot fill it with the submission`,
    );
  });

  it('leaves a chain without the submitter’s opinion as before: the first box waits for its approvers', () => {
    expect(initialState(chain(), T0).transitions.map((t) => t.kind)).toEqual(['submitted']);
  });
});
