import type { CheckedAuditEntry } from '@lc/audit';
import { caseFileActor, caseFileEntries, caseFileFacts, caseFileVerification } from './case-file-entries';

const names = new Map([['u-cadre', '王芳']]);

function checked(actorId: string, after: unknown, check: CheckedAuditEntry['check'] = 'verified'): CheckedAuditEntry {
  return {
    check,
    entry: {
      id: 1,
      seq: check === 'unsealed' ? null : 1,
      entryId: `e-${actorId}`,
      occurredAt: new Date('2026-05-01T08:00:00Z'),
      actor: { userId: actorId, orgUnitId: 'ent-a' },
      action: 'hazard.reported',
      entity: { type: 'hazard-report', id: 'r-1', orgUnitId: 'ent-a', orgPath: '/city/ent-a' },
      before: null,
      after: after as CheckedAuditEntry['entry']['after'],
      reason: null,
      correlationId: 'c-1',
      prevHash: null,
      hash: null,
    },
  };
}

describe('who a case file says acted', () => {
  it('names a user by their display name, the service as the system, and never an anonymous reporter', () => {
    const reporters = [{ actorId: 'reporter-of:r-1', anonymous: true, displayName: null }];
    expect(caseFileActor('u-cadre', names, reporters)).toEqual({ kind: 'user', displayName: '王芳' });
    expect(caseFileActor('system:hazard-reward', names, reporters)).toEqual({ kind: 'system', displayName: null });
    expect(caseFileActor('reporter-of:r-1', names, reporters)).toEqual({ kind: 'anonymous-reporter', displayName: null });
  });

  it('names a named reporter only when the disclosure gives the name, and the reporter of another report never', () => {
    expect(caseFileActor('reporter-of:r-1', names, [{ actorId: 'reporter-of:r-1', anonymous: false, displayName: '张三' }])).toEqual({
      kind: 'reporter',
      displayName: '张三',
    });
    expect(caseFileActor('reporter-of:r-1', names, [{ actorId: 'reporter-of:r-1', anonymous: false, displayName: null }]).displayName).toBeNull();
    expect(caseFileActor('reporter-of:r-0', names, [])).toEqual({ kind: 'reporter', displayName: null });
  });
});

describe('what a case file shows of an entry', () => {
  it('keeps the listed fields of after that are set and drops the rest (ids of waiting approvers, phones, empty fields)', () => {
    expect(caseFileFacts({ status: 'pending', waitingFor: ['u-1'], amountYuan: 3000, responsiblePhone: '13800000000', grade: null })).toEqual({
      status: 'pending',
      amountYuan: 3000,
    });
    expect(caseFileFacts(null)).toEqual({});
    expect(caseFileFacts(['status'])).toEqual({});
  });

  it('shows the actor of a concealed action as its kind, never by name', () => {
    const [entry] = caseFileEntries([checked('u-cadre', null)], { users: names, units: new Map() }, { actions: { 'hazard.reported': 'objector' } });
    expect(entry.actor).toEqual({ kind: 'objector', displayName: null });
  });

  it('gives each entry its time, actor, unit name and check, and counts the checks', () => {
    const entries = caseFileEntries(
      [checked('u-cadre', { status: 'confirmed' }), checked('system:hazard-reward', null, 'unsealed')],
      { users: names, units: new Map([['ent-a', '恒通精密机械']]) },
    );
    expect(entries[0]).toMatchObject({ at: '2026-05-01T08:00:00.000Z', actor: { displayName: '王芳' }, unit: { id: 'ent-a', name: '恒通精密机械' } });
    expect(entries[0].audit).toEqual({ entryId: 'e-u-cadre', seq: 1, check: 'verified' });
    expect(caseFileVerification(entries)).toEqual({ verified: 1, altered: 0, unlinked: 0, unsealed: 1 });
  });
});
