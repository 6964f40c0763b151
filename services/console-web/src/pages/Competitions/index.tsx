import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import { Button } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import UnitPicker from '../../components/UnitPicker';
import { registration, unwrap, type Ok, type RegistrationApi } from '../../services/api';
import { useSession } from '../../session-context';
import { formatDate } from '../../utils/format';
import { competitionKinds, competitionStatuses } from './labels';

type Competition = Ok<RegistrationApi['/competitions']['get']>['items'][number];
type ListQuery = NonNullable<RegistrationApi['/competitions']['get']['parameters']['query']>;

const kindOptions = Object.fromEntries(Object.entries(competitionKinds).map(([value, text]) => [value, { text }]));
const statusOptions = Object.fromEntries(Object.entries(competitionStatuses).map(([value, { text, status }]) => [value, { text, status }]));

/** 竞赛管理: the competitions of my line, paged and filtered on the server, newest first. */
export default function Competitions() {
  const { access } = useSession();
  const navigate = useNavigate();
  const columns: ProColumns<Competition>[] = [
    { title: '竞赛名称', dataIndex: 'q', hideInTable: true, fieldProps: { placeholder: '名称中的字词' } },
    { title: '竞赛名称', dataIndex: 'name', search: false, render: (_, c) => <Link to={`/competitions/${c.id}`}>{c.name}</Link> },
    { title: '类型', dataIndex: 'kind', valueType: 'select', valueEnum: kindOptions, width: 200, render: (_, c) => c.kindLabel },
    {
      title: '主办单位',
      dataIndex: 'organiserOrgUnitId',
      width: 200,
      render: (_, c) => c.organiserName ?? c.organiserOrgUnitId,
      renderFormItem: () => <UnitPicker placeholder="按名称选择" />,
    },
    { title: '时间', dataIndex: 'startDate', search: false, width: 240, render: (_, c) => `${formatDate(c.startDate)} 至 ${formatDate(c.endDate)}` },
    { title: '状态', dataIndex: 'status', valueType: 'select', valueEnum: statusOptions, width: 120 },
  ];
  return (
    <PageContainer title="竞赛管理">
      <ProTable<Competition, ListQuery>
        rowKey="id"
        columns={columns}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        pagination={{ defaultPageSize: 20 }}
        options={{ density: false, setting: false }}
        toolBarRender={() =>
          access.canManageCompetitions
            ? [
                <Button key="new" type="primary" onClick={() => navigate('/competitions/new')}>
                  新建竞赛
                </Button>,
              ]
            : []
        }
        request={async ({ current = 1, pageSize = 20, organiserOrgUnitId, status, kind, q }) => {
          const query: ListQuery = { organiserOrgUnitId: organiserOrgUnitId || undefined, status: status || undefined, kind: kind || undefined, q: q || undefined, limit: pageSize, offset: (current - 1) * pageSize };
          const page = await unwrap(registration.GET('/competitions', { params: { query } }));
          return { data: page.items, total: page.total, success: true };
        }}
      />
    </PageContainer>
  );
}
