import { PageContainer, ProCard } from '@ant-design/pro-components';
import { Spin, Tabs, Tree, type TreeDataNode } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import UnitPicker from '../../components/UnitPicker';
import { useLocale } from '../../locales';
import type { MessageKey } from '../../locales/zh-CN';
import { registration, unwrap, type Ok, type RegistrationApi } from '../../services/api';
import { useSession } from '../../session-context';
import ImportPanel, { importKinds } from './ImportPanel';
import UnitDetail from './UnitDetail';
import UnitTable from './UnitTable';
import UserTable from './UserTable';
import styles from './org.module.css';

type OrgUnit = Ok<RegistrationApi['/org-units/{id}/subtree']['get']>['items'][number];

/** Children shown in the tree at most; a township with more enterprises lists them all in 下级单位. */
const CHILDREN_IN_TREE = 200;

/** What stands under a unit, after its name: 12家企业 · 40个班组 · 3,460人 (12 enterprises · 40 teams · 3,460 people). */
function Counts({ unit: u }: { unit: OrgUnit }) {
  const { t, locale } = useLocale();
  const c = u.counts;
  if (!c || u.kind === 'team') return null;
  const count = (n: number, shown: string | number, many: MessageKey, one: MessageKey) => t(n === 1 ? one : many, { count: shown });
  const parts = [
    u.kind !== 'enterprise_union' && count(c.enterprises, c.enterprises, 'org.tree.enterprises', 'org.tree.enterprisesOne'),
    c.teams > 0 && count(c.teams, c.teams, 'org.tree.teams', 'org.tree.teamsOne'),
    // Only the headcount runs into thousands: 3,460.
    c.headcount > 0 && count(c.headcount, c.headcount.toLocaleString(locale), 'org.tree.people', 'org.tree.peopleOne'),
  ].filter(Boolean);
  return parts.length ? <span className={styles.counts}>{parts.join(' · ')}</span> : null;
}

/** A unit in the tree; a component, so that its texts follow a change of language without reloading the tree. */
function UnitTitle({ unit }: { unit: OrgUnit }) {
  const { t } = useLocale();
  return (
    <span>
      {unit.name}
      {unit.active ? '' : t('org.tree.inactive')}
      <Counts unit={unit} />
    </span>
  );
}

const nodeOf = (u: OrgUnit): TreeDataNode => ({ key: u.id, title: <UnitTitle unit={u} />, isLeaf: u.kind === 'team' });

function withChildren(nodes: TreeDataNode[], key: React.Key, children: TreeDataNode[]): TreeDataNode[] {
  return nodes.map((n) => (n.key === key ? { ...n, children } : n.children ? { ...n, children: withChildren(n.children, key, children) } : n));
}

/** 组织架构: the union tree of my subtree, opened a level at a time; a unit's detail, units, users and imports. */
export default function OrgPage() {
  const { user, access } = useSession();
  const { t } = useLocale();
  const [params, setParams] = useSearchParams();
  const [tree, setTree] = useState<TreeDataNode[]>();
  const [expanded, setExpanded] = useState<React.Key[]>([]);
  const [version, setVersion] = useState(0);
  const selected = params.get('unit') ?? user?.orgUnitId ?? '';

  const childrenOf = useCallback(
    async (unitId: string) =>
      (await unwrap(registration.GET('/org-units/{id}/subtree', { params: { path: { id: unitId }, query: { childrenOnly: true, withCounts: true, limit: CHILDREN_IN_TREE, offset: 0 } } }))).items.map(nodeOf),
    [],
  );

  useEffect(() => {
    if (!user) return;
    // A subtree in tree order starts with the unit itself: its first item is the root, with its counts.
    const root = unwrap(registration.GET('/org-units/{id}/subtree', { params: { path: { id: user.orgUnitId }, query: { withCounts: true, limit: 1, offset: 0 } } }));
    Promise.all([root, childrenOf(user.orgUnitId)]).then(([{ items }, children]) => {
      setTree([{ ...nodeOf(items[0]), children }]);
      setExpanded([items[0].id]);
    });
  }, [user, version, childrenOf]);

  return (
    <PageContainer title={t('menu.org')}>
      <ProCard split="vertical" bordered>
        <ProCard colSpan="340px" title={t('org.tree.title')} headerBordered>
          <div style={{ marginBottom: 12 }}>
            <UnitPicker placeholder={t('org.tree.find')} onChange={(unitId) => unitId && setParams({ unit: unitId })} />
          </div>
          {tree ? (
            <Tree
              treeData={tree}
              expandedKeys={expanded}
              onExpand={setExpanded}
              selectedKeys={[selected]}
              onSelect={(keys) => keys[0] && setParams({ unit: String(keys[0]) })}
              loadData={async (node) => {
                if (node.children) return;
                const children = await childrenOf(String(node.key));
                setTree((t) => withChildren(t ?? [], node.key, children));
              }}
              style={{ maxHeight: 560, overflow: 'auto' }}
            />
          ) : (
            <Spin />
          )}
        </ProCard>
        <ProCard>
          {selected && (
            <Tabs
              items={[
                { key: 'detail', label: t('org.tab.detail'), children: <UnitDetail unitId={selected} onChanged={() => setVersion((v) => v + 1)} /> },
                { key: 'units', label: t('org.tab.units'), children: <UnitTable parentId={selected} onChanged={() => setVersion((v) => v + 1)} /> },
                { key: 'users', label: t('org.tab.users'), children: <UserTable orgUnitId={selected} /> },
                ...(access.canEditTree
                  ? importKinds.map((kind) => ({ key: kind.key, label: t(kind.title), children: <ImportPanel kind={kind} /> }))
                  : []),
              ]}
            />
          )}
        </ProCard>
      </ProCard>
    </PageContainer>
  );
}
