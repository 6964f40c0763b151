import { PageContainer, ProForm, ProFormDateRangePicker, ProFormDigit, ProFormSelect, ProFormSwitch, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { App, Card, Form, Spin } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { submitShowingRefusal, useRefusalDialog } from '../../components/api-form';
import { registration, unwrap, type Ok, type RegistrationApi } from '../../services/api';
import { useSession } from '../../session-context';
import UnitPicker from '../../components/UnitPicker';
import { competitionKinds } from './labels';

/** Competitions are organised by unions, never by a team. */
const organiserKinds = ['city_federation', 'county_federation', 'industry_union', 'bureau_company_union', 'township_union', 'enterprise_union'];

type Competition = Ok<RegistrationApi['/competitions/{id}']['get']>;

/** The plan of a competition with every field of seed 003 item 8; validated as the service validates it. */
export default function CompetitionForm() {
  const { id } = useParams();
  const { user } = useSession();
  const { message } = App.useApp();
  const showRefusal = useRefusalDialog();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const [existing, setExisting] = useState<Competition | null>(id ? null : ({} as Competition));

  useEffect(() => {
    if (id) unwrap(registration.GET('/competitions/{id}', { params: { path: { id } } })).then(setExisting);
  }, [id]);
  if (!existing) return <Spin style={{ display: 'block', marginTop: 120 }} />;

  const initial = id
    ? {
        ...existing,
        period: [dayjs(existing.startDate), dayjs(existing.endDate)],
        budgetYuan: existing.budgetYuan === null ? undefined : Number(existing.budgetYuan),
      }
    : { kind: 'labour_competition', organiserOrgUnitId: user?.orgUnitId };

  async function save(values: Record<string, unknown>) {
    // ProForm hands dates over as strings (its dateFormatter); dayjs reads either.
    const [start, end] = ((values.period as (string | dayjs.Dayjs)[]) ?? []).map((d) => dayjs(d));
    const { period: _period, ...rest } = values;
    const body = {
      ...rest,
      startDate: start?.format('YYYY-MM-DD'),
      endDate: end?.format('YYYY-MM-DD'),
      budgetYuan: values.budgetYuan === undefined || values.budgetYuan === null ? undefined : Number(values.budgetYuan).toFixed(2),
    };
    let saved: { id: string } | undefined;
    const ok = await submitShowingRefusal(
      form,
      async () => {
        saved = id
          ? await unwrap(registration.PATCH('/competitions/{id}', { params: { path: { id } }, body: body as never }))
          : await unwrap(registration.POST('/competitions', { body: body as never }));
      },
      showRefusal,
    );
    if (ok && saved) {
      message.success(id ? '方案已保存' : '竞赛已创建，请在详情页报备方案');
      navigate(`/competitions/${saved.id}`);
    }
  }

  return (
    <PageContainer title={id ? `修改竞赛方案：${existing.name}` : '新建竞赛'} onBack={() => navigate(-1)}>
      <Card>
        <ProForm form={form} initialValues={initial} onFinish={save} layout="vertical" submitter={{ searchConfig: { submitText: '保存', resetText: '重置' } }}>
          <ProForm.Group title="基本信息">
            <ProFormText name="name" label="竞赛名称" width="xl" rules={[{ required: true, message: '请输入竞赛名称' }, { max: 200, message: '不超过200个字' }]} />
            <ProFormSelect name="kind" label="竞赛类型" width="md" options={Object.entries(competitionKinds).map(([value, label]) => ({ value, label }))} rules={[{ required: true }]} />
            {!id && (
              <ProForm.Item name="organiserOrgUnitId" label="主办单位" style={{ width: 328 }} rules={[{ required: true, message: '请选择主办单位' }]}>
                <UnitPicker kinds={organiserKinds} />
              </ProForm.Item>
            )}
            <ProFormDateRangePicker
              name="period"
              label="竞赛时间"
              width="md"
              fieldProps={{ placeholder: ['开始日期', '结束日期'] }}
              rules={[{ required: true, message: '请选择竞赛起止日期' }]}
            />
            {!id && <ProFormText name="parentCompetitionId" label="上级竞赛（联赛，可不填）" width="md" />}
          </ProForm.Group>
          <ProForm.Group title="竞赛方案（备案内容）">
            <ProFormText name="theme" label="竞赛主题" width="xl" />
            <ProFormTextArea name="contentAndGoals" label="竞赛内容和目标" width="xl" fieldProps={{ rows: 3 }} />
            <ProFormTextArea name="requirements" label="竞赛要求和标准" width="xl" fieldProps={{ rows: 3 }} />
            <ProFormTextArea name="formatAndVehicle" label="竞赛方式和载体" width="xl" fieldProps={{ rows: 2 }} />
            <ProFormTextArea name="evaluationMethod" label="竞赛考评办法" width="xl" fieldProps={{ rows: 2 }} />
            <ProFormText name="assessmentTemplate" label="考核评价表" width="md" placeholder="如 attachment-3" />
            <ProFormTextArea name="awardMethod" label="奖励办法" width="xl" fieldProps={{ rows: 2 }} />
            <ProFormDigit name="budgetYuan" label="经费预算（元）" width="md" min={0} fieldProps={{ precision: 2 }} />
          </ProForm.Group>
          <ProForm.Group title="参赛范围和人员">
            <ProFormText name={['participantScope', 'subtreeOf']} label="限于某单位之下（单位编号）" width="md" />
            <ProFormSelect name={['participantScope', 'industries']} label="行业" mode="tags" width="md" />
            <ProFormSelect
              name={['participantScope', 'ownership']}
              label="所有制"
              width="sm"
              allowClear
              options={[
                { value: 'public', label: '公有制' },
                { value: 'non_public', label: '非公有制' },
              ]}
            />
            <ProFormSwitch name={['participantScope', 'aboveScaleOnly']} label="仅规模以上企业" />
          </ProForm.Group>
          {id && <ProFormTextArea name="reason" label="修改原因（记入审计日志）" width="xl" rules={[{ required: true, message: '请说明修改原因' }]} />}
        </ProForm>
      </Card>
    </PageContainer>
  );
}
