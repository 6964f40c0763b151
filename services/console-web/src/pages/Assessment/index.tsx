import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import { Link } from 'react-router-dom';
import { listQuery, serverTableDefaults, tablePage } from '../../components/server-list';
import { useLocale } from '../../locales';
import { registration, unwrap, type Ok, type RegistrationApi } from '../../services/api';
import { formatDate } from '../../utils/format';
import { competitionStatuses } from '../Competitions/labels';

type Competition = Ok<RegistrationApi['/competitions']['get']>['items'][number];
type ListQuery = NonNullable<RegistrationApi['/competitions']['get']['parameters']['query']>;

/** 考核评比: the competitions of my line, each opening its sheets, rankings, form and year-end list. */
export default function AssessmentHome() {
  const { t } = useLocale();
  const statusOptions = Object.fromEntries(Object.entries(competitionStatuses).map(([value, { text, status }]) => [value, { text: t(text), status }]));
  const columns: ProColumns<Competition>[] = [
    { title: t('competitions.field.name'), dataIndex: 'q', hideInTable: true, fieldProps: { placeholder: t('competitions.list.nameWords') } },
    { title: t('competitions.field.name'), dataIndex: 'name', search: false, render: (_, c) => <Link to={`/assessment/competitions/${c.id}`}>{c.name}</Link> },
    { title: t('competitions.field.organiser'), dataIndex: 'organiserName', search: false, width: 200, render: (_, c) => c.organiserName ?? c.organiserOrgUnitId },
    { title: t('competitions.list.dates'), dataIndex: 'startDate', search: false, sorter: true, width: 240, render: (_, c) => t('competitions.dates', { start: formatDate(c.startDate), end: formatDate(c.endDate) }) },
    { title: t('competitions.field.status'), dataIndex: 'status', valueType: 'select', valueEnum: statusOptions, width: 120 },
    { title: t('approvals.actions'), key: 'open', width: 100, search: false, render: (_, c) => <Link to={`/assessment/competitions/${c.id}`}>{t('assessment.open')}</Link> },
  ];
  return (
    <PageContainer title={t('menu.assessment')}>
      <ProTable<Competition, ListQuery>
        rowKey="id"
        columns={columns}
        search={{ labelWidth: 'auto' }}
        {...serverTableDefaults}
        request={async ({ status, q, ...paging }, sorter) =>
          tablePage(await unwrap(registration.GET('/competitions', { params: { query: { status: status || undefined, q: q || undefined, ...listQuery<NonNullable<ListQuery['sort']>>(paging, sorter) } } })))
        }
      />
    </PageContainer>
  );
}
