import { Test } from '@nestjs/testing';
import { EntityManager } from 'typeorm';
import { EventEnvelope, OrgUnitStateV1 } from '@lc/contracts';
import { MovedPathRebaser } from './moved-path-rebaser';
import { InboxContext } from '../../messaging/inbox-event.decorator';
import { OrgTreeEvents } from './org-tree-events.handlers';
import { OrgUnitCache } from './org-unit-cache';

const unit: OrgUnitStateV1 = { unitId: 'ent-a', kind: 'enterprise_union', name: '甲公司工会', parentId: 'town-a', path: '/city/town-a/ent-a', active: true, version: 2 };

/** A transaction that applies every write, as the read model's upsert answers when the version is newer. */
const applyingTx = { query: async () => [{ id: unit.unitId }] } as unknown as EntityManager;

describe('org-tree event handlers, as Nest builds them', () => {
  it.each([
    ['created', 'onUnitCreated'],
    ['updated', 'onUnitUpdated'],
    ['deactivated', 'onUnitDeactivated'],
    ['moved', 'onUnitMoved'],
  ] as const)('a unit %s makes the directory forget the units it had cached', async (_, method) => {
    const module = await Test.createTestingModule({
      providers: [OrgUnitCache, { provide: MovedPathRebaser, useValue: new MovedPathRebaser() }, OrgTreeEvents],
    }).compile();
    const cache = module.get(OrgUnitCache);
    cache.set({ id: 'ent-a', kind: 'enterprise_union', name: '旧名称', parentId: 'town-a', path: '/city/town-a/ent-a', active: true });

    const payload = method === 'onUnitMoved' ? { ...unit, oldPath: '/city/town-b/ent-a' } : unit;
    await module.get(OrgTreeEvents)[method]({ payload } as EventEnvelope<never>, new InboxContext(applyingTx));

    expect(cache.get('ent-a')).toBeUndefined();
  });
});
