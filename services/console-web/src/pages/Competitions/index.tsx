import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import { Badge, Button } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { registration, unwrap, type Ok, type RegistrationApi } from '../../services/api';
import { useSession } from '../../session-context';
import { formatDate } from '../../utils/format';
import { competitionStatuses } from './labels';

type Competition = Ok<RegistrationApi['/competitions']['get']>['items'][number];

/** 竞赛管理: the competitions of my subtree, paged on the server. */
export default function Competitions() {
  const { access } = useSession();
  const navigate = useNavigate();
  const columns: ProColumns<Competition>[] = [
    { title: '竞赛名称', dataIndex: 'name', search: false, render: (_, c) => <Link to={`/competitions/${c.id}`}>{c.name}</Link> },
    { title: '类型', dataIndex: 'kindLabel', search: false, width: 180 },
    { title: '主办单位编号', dataIndex: 'organiserOrgUnitId', width: 160 },
    { title: '时间', dataIndex: 'startDate', search: false, width: 240, render: (_, c) => `${formatDate(c.startDate)} 至 ${formatDate(c.endDate)}` },
    {
      title: '状态',
      dataIndex: 'status',
      search: false,
      width: 100,
      render: (_, c) => <Badge status={competitionStatuses[c.status]?.status} text={competitionStatuses[c.status]?.text ?? c.status} />,
    },
  ];
  return (
    <PageContainer title="竞赛管理">
      <ProTable<Competition>
        rowKey="id"
        columns={columns}
        search={{ labelWidth: 'auto' }}
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
        request={async ({ current = 1, pageSize = 20, organiserOrgUnitId }) => {
          const page = await unwrap(
            registration.GET('/competitions', { params: { query: { organiserOrgUnitId: organiserOrgUnitId || undefined, limit: pageSize, offset: (current - 1) * pageSize } as never } }),
          );
          return { data: page.items, total: page.total, success: true };
        }}
      />
    </PageContainer>
  );
}
