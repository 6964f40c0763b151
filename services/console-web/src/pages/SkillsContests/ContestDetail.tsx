import { ModalForm, ProFormSelect, ProFormSwitch, ProFormTextArea } from '@ant-design/pro-components';
import { App, Button, Descriptions, Form, Space, Spin, Table, Tabs, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import Page from '../../components/Page';
import { submitShowingRefusal, useRefusalDialog } from '../../components/api-form';
import { useLocale } from '../../locales';
import { assessment, registration, unwrap, type AssessmentApi, type Ok } from '../../services/api';
import { useSession } from '../../session-context';
import { formatDateTime } from '../../utils/format';
import UnitName from '../Hazards/UnitName';
import ContestResults from './Results';
import ScoringPad from './ScoringPad';

type Contest = Ok<AssessmentApi['/skills-contests/{id}']['get']>;

/** People found by name for the panel or the contest; the service checks roles and units. */
async function peopleNamed(q: string | undefined) {
  if (!q) return [];
  const page = await unwrap(registration.GET('/users', { params: { query: { q, limit: 20, offset: 0 } } }));
  return page.items.map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }));
}

function AddPerson({ contest, kind, onDone }: { contest: Contest; kind: 'judge' | 'contestant'; onDone: () => void }) {
  const { t } = useLocale();
  const [form] = Form.useForm();
  const showRefusal = useRefusalDialog();
  const judge = kind === 'judge';
  return (
    <ModalForm
      title={t(judge ? 'contests.panel.addJudge' : 'contests.panel.addContestant')}
      form={form}
      width={520}
      trigger={<Button>{t(judge ? 'contests.panel.addJudge' : 'contests.panel.addContestant')}</Button>}
      modalProps={{ destroyOnClose: true }}
      onFinish={async (v: { userId: string; chief?: boolean }) => {
        const ok = await submitShowingRefusal(
          form,
          () =>
            judge
              ? unwrap(assessment.POST('/skills-contests/{id}/judges', { params: { path: { id: contest.id } }, body: { userId: v.userId, chief: v.chief ?? false } }))
              : unwrap(assessment.POST('/skills-contests/{id}/contestants', { params: { path: { id: contest.id } }, body: { userId: v.userId } })),
          showRefusal,
        );
        if (ok) onDone();
        return ok;
      }}
    >
      <ProFormSelect
        name="userId"
        label={t('contests.panel.person')}
        showSearch
        debounceTime={300}
        fieldProps={{ filterOption: false, placeholder: t('contests.panel.personHint') }}
        request={({ keyWords }) => peopleNamed(keyWords)}
        rules={[{ required: true, message: t('contests.panel.personRequired') }]}
      />
      {judge && <ProFormSwitch name="chief" label={t('contests.panel.chief')} />}
    </ModalForm>
  );
}

/** The chief judge locks the scores once every score is in; the results are then final. */
function SignOff({ contest, onDone }: { contest: Contest; onDone: () => void }) {
  const { t } = useLocale();
  const [form] = Form.useForm();
  const showRefusal = useRefusalDialog();
  return (
    <ModalForm
      title={t('contests.signOff')}
      form={form}
      width={520}
      trigger={
        <Button type="primary" danger>
          {t('contests.signOff')}
        </Button>
      }
      onFinish={async (v: { note?: string }) => {
        const ok = await submitShowingRefusal(form, () => unwrap(assessment.POST('/skills-contests/{id}/sign-off', { params: { path: { id: contest.id } }, body: v })), showRefusal);
        if (ok) onDone();
        return ok;
      }}
    >
      <p>{t('contests.signOff.explain', { recorded: contest.scoring.recorded, expected: contest.scoring.expected })}</p>
      <ProFormTextArea name="note" label={t('contests.signOff.note')} />
    </ModalForm>
  );
}

/** One skills contest: the judge's pad, the panel and contestants, the chief judge's sign-off, the results. */
export default function ContestDetail() {
  const { id = '' } = useParams();
  const { t } = useLocale();
  const { user, access } = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [contest, setContest] = useState<Contest>();
  const [version, setVersion] = useState(0);
  const [tab, setTab] = useState<string>();

  const load = useCallback(() => unwrap(assessment.GET('/skills-contests/{id}', { params: { path: { id } } })).then(setContest), [id]);
  useEffect(() => {
    load().catch((e) => message.error(String(e.message)));
  }, [load, version, message]);
  if (!contest) return <Spin />;

  const reload = () => setVersion((v) => v + 1);
  const me = contest.judges.find((j) => j.userId === user?.id);
  const open = contest.status === 'open';
  const organiser = access.canManageSkillsContests;

  const panel = (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Table
        rowKey="userId"
        size="small"
        pagination={false}
        title={() => (
          <Space>
            <strong>{t('contests.panel.judges')}</strong>
            {open && organiser && <AddPerson contest={contest} kind="judge" onDone={reload} />}
          </Space>
        )}
        dataSource={contest.judges}
        columns={[
          { title: t('contests.panel.name'), dataIndex: 'displayName', render: (n: string, j) => <Space>{n}{j.chief && <Tag color="red">{t('contests.panel.chief')}</Tag>}</Space> },
          { title: t('contests.panel.unit'), dataIndex: 'orgUnitId', render: (u: string) => <UnitName id={u} /> },
          {
            title: t('approvals.actions'),
            key: 'chief',
            width: 140,
            render: (_, j) =>
              open && organiser && !j.chief ? (
                <a onClick={() => unwrap(assessment.PUT('/skills-contests/{id}/chief-judge', { params: { path: { id } }, body: { userId: j.userId } })).then(reload, (e) => message.error(String(e.message)))}>
                  {t('contests.panel.makeChief')}
                </a>
              ) : null,
          },
        ]}
      />
      <Table
        rowKey="userId"
        size="small"
        pagination={false}
        title={() => (
          <Space>
            <strong>{t('contests.panel.contestants')}</strong>
            {open && organiser && <AddPerson contest={contest} kind="contestant" onDone={reload} />}
          </Space>
        )}
        dataSource={contest.contestants}
        columns={[
          { title: t('contests.panel.name'), dataIndex: 'displayName' },
          { title: t('contests.panel.enterprise'), dataIndex: 'enterpriseUnitId', render: (u: string) => <UnitName id={u} /> },
        ]}
      />
    </Space>
  );

  return (
    <Page
      title={contest.name}
      onBack={() => navigate('/skills-contests')}
      extra={open && me?.chief ? <SignOff contest={contest} onDone={() => (reload(), setTab('results'))} /> : undefined}
    >
      <Descriptions size="small" column={4} style={{ marginBottom: 8 }}>
        <Descriptions.Item label={t('contests.field.trade')}>{contest.trade}</Descriptions.Item>
        <Descriptions.Item label={t('contests.field.organiser')}>
          <UnitName id={contest.organiserUnitId} />
        </Descriptions.Item>
        <Descriptions.Item label={t('contests.field.status')}>
          {open ? <Tag color="blue">{t('contests.status.open')}</Tag> : <Tag color="green">{t('contests.status.locked', { at: formatDateTime(contest.signedOffAt) })}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('contests.scoring')}>{t('contests.scoringValue', { recorded: contest.scoring.recorded, expected: contest.scoring.expected })}</Descriptions.Item>
      </Descriptions>
      <Tabs
        activeKey={tab ?? (me && open ? 'pad' : 'panel')}
        onChange={setTab}
        items={[
          ...(me && open ? [{ key: 'pad', label: t('contests.tab.pad'), children: <ScoringPad contest={contest} judge={me} onRecorded={() => load()} /> }] : []),
          { key: 'panel', label: t('contests.tab.panel'), children: panel },
          { key: 'results', label: t('contests.tab.results'), children: <ContestResults contestId={contest.id} version={version} /> },
        ]}
      />
    </Page>
  );
}
