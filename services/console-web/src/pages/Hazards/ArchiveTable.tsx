import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Drawer, Space, Tag } from 'antd';
import { useRef, useState } from 'react';
import CaseFileLink from '../../components/CaseFileLink';
import { listQuery, tablePage, serverTableDefaults } from '../../components/server-list';
import { useLocale } from '../../locales';
import { hazardReward, unwrap, type HazardRewardApi, type Ok } from '../../services/api';
import { formatDateTime } from '../../utils/format';
import HazardCloseOutView from '../Approvals/item-views/HazardCloseOutView';
import { hazardCategories, hazardGrades, hazardStatuses, labelOf } from '../Approvals/item-views/labels';
import HazardActions from './HazardActions';
import UnitName from './UnitName';

type Hazard = Ok<HazardRewardApi['/hazards']['get']>['items'][number];

/**
 * 隐患档案: confirmed hazards of my line with their rectification; overdue in red; a hazard's whole record
 * in a drawer, with what can be done to it there (plan, progress with photos, verification, close-out).
 */
export default function ArchiveTable() {
  const { t } = useLocale();
  const [open, setOpen] = useState<string>();
  const table = useRef<ActionType>();
  // The record above the actions is read again after each of them.
  const [changes, setChanges] = useState(0);
  const columns: ProColumns<Hazard>[] = [
    { title: t('hazards.col.enterprise'), dataIndex: 'enterpriseUnitId', render: (_, h) => <UnitName id={h.enterpriseUnitId} /> },
    { title: t('hazards.col.location'), dataIndex: 'location' },
    { title: t('hazards.col.description'), dataIndex: 'description', ellipsis: true },
    { title: t('hazards.col.category'), dataIndex: 'category', width: 130, render: (_, h) => labelOf(t, hazardCategories, h.category) },
    { title: t('hazards.col.grade'), dataIndex: 'grade', width: 100, render: (_, h) => <Tag color={h.grade === 'major' ? 'red' : 'orange'}>{labelOf(t, hazardGrades, h.grade)}</Tag> },
    {
      title: t('hazards.col.deadline'),
      key: 'deadline',
      width: 200,
      render: (_, h) => (
        <span style={h.overdue ? { color: '#cf1322' } : undefined}>
          {h.plan ? formatDateTime(h.plan.deadline) : t('hazards.noPlan')} {h.overdue && <Tag color="red">{t('hazards.overdue')}</Tag>}
        </span>
      ),
    },
    { title: t('hazards.col.status'), dataIndex: 'status', width: 120, render: (_, h) => labelOf(t, hazardStatuses, h.status) },
    {
      title: t('approvals.actions'),
      key: 'open',
      width: 150,
      render: (_, h) => (
        <Space>
          <a onClick={() => setOpen(h.reportId)}>{t('hazards.detail')}</a>
          <CaseFileLink kind="hazard-report" id={h.reportId} />
        </Space>
      ),
    },
  ];
  return (
    <>
      <ProTable<Hazard>
        actionRef={table}
        rowKey="reportId"
        search={false}
        columns={columns}
        {...serverTableDefaults}
        rowClassName={(h) => (h.overdue ? 'overdue-row' : '')}
        request={async (params) => tablePage(await unwrap(hazardReward.GET('/hazards', { params: { query: listQuery(params) } })))}
      />
      <Drawer open={!!open} width={760} onClose={() => setOpen(undefined)} destroyOnClose>
        {open && (
          <>
            {/* What is to be done first, then the record it is about. */}
            <HazardActions reportId={open} table={table} onChanged={() => setChanges((n) => n + 1)} />
            <HazardCloseOutView key={changes} reportId={open} />
          </>
        )}
      </Drawer>
    </>
  );
}
