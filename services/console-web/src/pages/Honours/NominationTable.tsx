import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Tag } from 'antd';
import { useRef } from 'react';
import { Link } from 'react-router-dom';
import { listQuery, serverTableDefaults, tablePage } from '../../components/server-list';
import { useLocale } from '../../locales';
import { awards, unwrap, type AwardsApi, type Ok } from '../../services/api';
import { useSession } from '../../session-context';
import { formatDate } from '../../utils/format';
import { labelOf, nominationSources, nominationStatuses, nomineeKinds } from '../Approvals/item-views/labels';
import UnitName from '../Hazards/UnitName';
import { honourName, nominationStatusOrder, useHonours } from './labels';
import NominateForm from './NominateForm';
import { SubmitNominationLink } from './SubmitNomination';
import WaitingTag from './WaitingTag';

type Nomination = Ok<AwardsApi['/nominations']['get']>['items'][number];
type ListQuery = NonNullable<AwardsApi['/nominations']['get']['parameters']['query']>;

/** 荣誉推荐: the nominations of my line, priority candidates (优先推荐) first; a candidate is submitted up its chain from here. */
export default function NominationTable() {
  const { t } = useLocale();
  const { access } = useSession();
  const honours = useHonours();
  const table = useRef<ActionType>();


  const columns: ProColumns<Nomination>[] = [
    {
      title: t('honours.col.nominee'),
      dataIndex: 'nominee',
      search: false,
      render: (_, n) => (
        <Link to={`/honours/nominations/${n.id}`}>
          {t('honours.nomineeWithKind', { name: n.nominee.name, kind: labelOf(t, nomineeKinds, n.nominee.kind) })}
        </Link>
      ),
    },
    {
      title: t('honours.col.honour'),
      dataIndex: 'honourCode',
      valueType: 'select',
      width: 200,
      fieldProps: { showSearch: true, optionFilterProp: 'label', options: honours.map((h) => ({ value: h.code, label: h.name })) },
      render: (_, n) => honourName(honours, n.honourCode),
    },
    { title: t('honours.col.year'), dataIndex: 'year', valueType: 'digit', width: 90, render: (_, n) => n.year },
    { title: t('honours.col.conferringUnit'), dataIndex: 'conferringUnitId', search: false, width: 180, render: (_, n) => n.conferringUnitName ?? <UnitName id={n.conferringUnitId} /> },
    {
      title: t('honours.col.source'),
      dataIndex: 'source',
      search: false,
      width: 170,
      render: (_, n) => (
        <>
          {labelOf(t, nominationSources, n.source)} {n.priority && <Tag color="gold">{t('approvals.nomination.priority')}</Tag>}
        </>
      ),
    },
    {
      title: t('honours.col.status'),
      dataIndex: 'status',
      valueType: 'select',
      width: 150,
      valueEnum: Object.fromEntries(nominationStatusOrder.map((s) => [s, { text: labelOf(t, nominationStatuses, s) }])),
      render: (_, n) => (
        <>
          {labelOf(t, nominationStatuses, n.status)} <WaitingTag nomination={n} />
        </>
      ),
    },
    { title: t('honours.col.publicityEnds'), dataIndex: 'publicityEndsAt', search: false, width: 140, render: (_, n) => formatDate(n.publicityEndsAt) },
    {
      title: t('honours.col.actions'),
      valueType: 'option',
      width: 120,
      render: (_, n) => [
        <Link key="view" to={`/honours/nominations/${n.id}`}>
          {t('common.view')}
        </Link>,
        access.canNominate && n.status === 'candidate' && (
          <SubmitNominationLink key="submit" nomination={n} label={t('honours.submit')} onDone={() => table.current?.reload()} />
        ),
      ],
    },
  ];
  return (
    <ProTable<Nomination, ListQuery>
      actionRef={table}
      rowKey="id"
      columns={columns}
      search={{ labelWidth: 'auto', defaultCollapsed: false }}
      {...serverTableDefaults}
      toolBarRender={() => (access.canNominate ? [<NominateForm key="nominate" table={table} />] : [])}
      request={async ({ status, honourCode, year, ...paging }) => {
        const query: ListQuery = { status: status || undefined, honourCode: honourCode || undefined, year: year || undefined, ...listQuery(paging) };
        return tablePage(await unwrap(awards.GET('/nominations', { params: { query } })));
      }}
    />
  );
}

