import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import { Button } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import UnitPicker from '../../components/UnitPicker';
import { registration, unwrap, type Ok, type RegistrationApi } from '../../services/api';
import { useLocale } from '../../locales';
import { useSession } from '../../session-context';
import { formatDate } from '../../utils/format';
import { competitionKindValues, competitionStatuses, kindLabel } from './labels';
import { listQuery, tablePage, serverTableDefaults } from '../../components/server-list';

type Competition = Ok<RegistrationApi['/competitions']['get']>['items'][number];
type ListQuery = NonNullable<RegistrationApi['/competitions']['get']['parameters']['query']>;

/** 竞赛管理: the competitions of my line, paged and filtered on the server, newest first. */
export default function Competitions() {
  const { access } = useSession();
  const navigate = useNavigate();
  const { t } = useLocale();
  const kindOptions = Object.fromEntries(competitionKindValues.map((kind) => [kind, { text: kindLabel(t, kind) }]));
  const statusOptions = Object.fromEntries(Object.entries(competitionStatuses).map(([value, { text, status }]) => [value, { text: t(text), status }]));
  const columns: ProColumns<Competition>[] = [
    { title: t('competitions.field.name'), dataIndex: 'q', hideInTable: true, fieldProps: { placeholder: t('competitions.list.nameWords') } },
    { title: t('competitions.field.name'), dataIndex: 'name', search: false, render: (_, c) => <Link to={`/competitions/${c.id}`}>{c.name}</Link> },
    { title: t('competitions.list.kind'), dataIndex: 'kind', valueType: 'select', valueEnum: kindOptions, width: 200, render: (_, c) => kindLabel(t, c.kind, c.kindLabel) },
    {
      title: t('competitions.field.organiser'),
      dataIndex: 'organiserOrgUnitId',
      width: 200,
      render: (_, c) => c.organiserName ?? c.organiserOrgUnitId,
      renderFormItem: () => <UnitPicker placeholder={t('competitions.list.pickByName')} />,
    },
    { title: t('competitions.list.dates'), dataIndex: 'startDate', search: false, sorter: true, width: 240, render: (_, c) => t('competitions.dates', { start: formatDate(c.startDate), end: formatDate(c.endDate) }) },
    { title: t('competitions.field.status'), dataIndex: 'status', valueType: 'select', valueEnum: statusOptions, width: 120 },
  ];
  return (
    <PageContainer title={t('menu.competitions')}>
      <ProTable<Competition, ListQuery>
        rowKey="id"
        columns={columns}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        {...serverTableDefaults}
        toolBarRender={() =>
          access.canManageCompetitions
            ? [
                <Button key="new" type="primary" onClick={() => navigate('/competitions/new')}>
                  {t('competitions.new')}
                </Button>,
              ]
            : []
        }
        request={async ({ organiserOrgUnitId, status, kind, q, ...paging }, sorter) => {
          const query: ListQuery = { organiserOrgUnitId: organiserOrgUnitId || undefined, status: status || undefined, kind: kind || undefined, q: q || undefined, ...listQuery<NonNullable<ListQuery['sort']>>(paging, sorter) };
          const page = await unwrap(registration.GET('/competitions', { params: { query } }));
          return tablePage(page);
        }}
      />
    </PageContainer>
  );
}
