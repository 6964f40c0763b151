import { ModalForm, PageContainer, ProFormDigit, ProFormGroup, ProFormList, ProFormText, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Button, Form, Tag } from 'antd';
import { useRef } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { submitShowingRefusal, useRefusalDialog } from '../../components/api-form';
import { listQuery, serverTableDefaults, tablePage } from '../../components/server-list';
import { useLocale } from '../../locales';
import { assessment, unwrap, type AssessmentApi, type Ok } from '../../services/api';
import { useSession } from '../../session-context';
import { formatDateTime } from '../../utils/format';
import UnitName from '../Hazards/UnitName';

type Contest = Ok<AssessmentApi['/skills-contests']['get']>['items'][number];

/** Opens a contest of one trade with its marking scheme, organised by my union; judges and contestants follow on its page. */
function NewContest() {
  const { t } = useLocale();
  const { user } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const showRefusal = useRefusalDialog();
  return (
    <ModalForm
      title={t('contests.new')}
      form={form}
      width={680}
      trigger={<Button type="primary">{t('contests.new')}</Button>}
      modalProps={{ destroyOnClose: true }}
      initialValues={{ trimAtJudges: 5, scheme: [{ name: t('contests.defaultItem.theory'), maxPoints: 30 }, { name: t('contests.defaultItem.practice'), maxPoints: 70 }] }}
      onFinish={async (v: { name: string; trade: string; trimAtJudges: number; scheme: { name: string; maxPoints: number }[] }) => {
        let created: { id: string } | undefined;
        const ok = await submitShowingRefusal(
          form,
          async () => {
            created = await unwrap(
              assessment.POST('/skills-contests', {
                body: { ...v, organiserUnitId: user?.orgUnitId ?? '', scheme: v.scheme.map((item, i) => ({ ...item, key: `item${i + 1}` })) },
              }),
            );
          },
          showRefusal,
        );
        if (ok && created) navigate(`/skills-contests/${created.id}`);
        return ok;
      }}
    >
      <ProFormText name="name" label={t('contests.field.name')} rules={[{ required: true, message: t('contests.field.nameRequired') }]} />
      <ProFormText name="trade" label={t('contests.field.trade')} rules={[{ required: true, message: t('contests.field.tradeRequired') }]} />
      <ProFormDigit name="trimAtJudges" label={t('contests.field.trimAtJudges')} min={3} max={100} fieldProps={{ precision: 0 }} extra={t('contests.field.trimAtJudgesHint')} />
      <ProFormList name="scheme" label={t('contests.field.scheme')} creatorButtonProps={{ creatorButtonText: t('contests.field.addItem') }} min={1}>
        <ProFormGroup>
          <ProFormText name="name" label={t('contests.field.itemName')} rules={[{ required: true, message: t('contests.field.itemNameRequired') }]} />
          <ProFormDigit name="maxPoints" label={t('contests.field.maxPoints')} min={0.01} max={10000} fieldProps={{ precision: 2 }} rules={[{ required: true, message: t('contests.field.maxPointsRequired') }]} />
        </ProFormGroup>
      </ProFormList>
    </ModalForm>
  );
}

/** 技能比武: the contests of my line; a judge opens the scoring pad from here. */
export default function SkillsContests() {
  const { t } = useLocale();
  const { access } = useSession();
  const table = useRef<ActionType>();
  const columns: ProColumns<Contest>[] = [
    { title: t('contests.field.name'), dataIndex: 'name', render: (_, c) => <Link to={`/skills-contests/${c.id}`}>{c.name}</Link> },
    { title: t('contests.field.trade'), dataIndex: 'trade', width: 140 },
    { title: t('contests.field.organiser'), dataIndex: 'organiserUnitId', width: 200, render: (_, c) => <UnitName id={c.organiserUnitId} /> },
    {
      title: t('contests.field.status'),
      dataIndex: 'status',
      width: 160,
      render: (_, c) => (c.status === 'locked' ? <Tag color="green">{t('contests.status.locked', { at: formatDateTime(c.signedOffAt) })}</Tag> : <Tag color="blue">{t('contests.status.open')}</Tag>),
    },
  ];
  return (
    <PageContainer title={t('menu.skillsContests')}>
      <ProTable<Contest>
        actionRef={table}
        rowKey="id"
        search={false}
        columns={columns}
        {...serverTableDefaults}
        toolBarRender={() => (access.canManageSkillsContests ? [<NewContest key="new" />] : [])}
        request={async (params) => tablePage(await unwrap(assessment.GET('/skills-contests', { params: { query: listQuery(params) } })))}
      />
    </PageContainer>
  );
}
