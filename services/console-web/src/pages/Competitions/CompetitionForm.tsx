import { PageContainer, ProForm, ProFormDateRangePicker, ProFormDigit, ProFormSelect, ProFormSwitch, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { App, Card, Form, Spin } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { submitShowingRefusal, useRefusalDialog } from '../../components/api-form';
import { useLocale } from '../../locales';
import { registration, unwrap, type Ok, type RegistrationApi } from '../../services/api';
import { useSession } from '../../session-context';
import UnitPicker from '../../components/UnitPicker';
import { competitionKindValues, kindLabel } from './labels';

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
  const { t } = useLocale();
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
      message.success(t(id ? 'competitions.form.saved' : 'competitions.form.created'));
      navigate(`/competitions/${saved.id}`);
    }
  }

  return (
    <PageContainer title={id ? t('competitions.form.editTitle', { name: existing.name }) : t('competitions.new')} onBack={() => navigate(-1)}>
      <Card>
        <ProForm form={form} initialValues={initial} onFinish={save} layout="vertical" submitter={{ searchConfig: { submitText: t('common.save'), resetText: t('common.reset') } }}>
          <ProForm.Group title={t('competitions.form.basics')}>
            <ProFormText
              name="name"
              label={t('competitions.field.name')}
              width="xl"
              rules={[
                { required: true, message: t('competitions.form.nameRequired') },
                { max: 200, message: t('competitions.form.nameTooLong') },
              ]}
            />
            <ProFormSelect
              name="kind"
              label={t('competitions.field.kind')}
              width="md"
              options={competitionKindValues.map((value) => ({ value, label: kindLabel(t, value) }))}
              rules={[{ required: true }]}
            />
            {!id && (
              <ProForm.Item name="organiserOrgUnitId" label={t('competitions.field.organiser')} style={{ width: 328 }} rules={[{ required: true, message: t('competitions.form.organiserRequired') }]}>
                <UnitPicker kinds={organiserKinds} />
              </ProForm.Item>
            )}
            <ProFormDateRangePicker
              name="period"
              label={t('competitions.field.period')}
              width="md"
              fieldProps={{ placeholder: [t('competitions.form.startDate'), t('competitions.form.endDate')] }}
              rules={[{ required: true, message: t('competitions.form.periodRequired') }]}
            />
            {!id && <ProFormText name="parentCompetitionId" label={t('competitions.form.parent')} width="md" />}
          </ProForm.Group>
          <ProForm.Group title={t('competitions.form.plan')}>
            <ProFormText name="theme" label={t('competitions.field.theme')} width="xl" />
            <ProFormTextArea name="contentAndGoals" label={t('competitions.field.contentAndGoals')} width="xl" fieldProps={{ rows: 3 }} />
            <ProFormTextArea name="requirements" label={t('competitions.field.requirements')} width="xl" fieldProps={{ rows: 3 }} />
            <ProFormTextArea name="formatAndVehicle" label={t('competitions.field.formatAndVehicle')} width="xl" fieldProps={{ rows: 2 }} />
            <ProFormTextArea name="evaluationMethod" label={t('competitions.field.evaluationMethod')} width="xl" fieldProps={{ rows: 2 }} />
            <ProFormText name="assessmentTemplate" label={t('competitions.field.assessmentTemplate')} width="md" placeholder={t('competitions.example', { example: 'attachment-3' })} />
            <ProFormTextArea name="awardMethod" label={t('competitions.field.awardMethod')} width="xl" fieldProps={{ rows: 2 }} />
            <ProFormDigit name="budgetYuan" label={t('competitions.form.budgetYuan')} width="md" min={0} fieldProps={{ precision: 2 }} />
          </ProForm.Group>
          <ProForm.Group title={t('competitions.form.scope')}>
            <ProFormText name={['participantScope', 'subtreeOf']} label={t('competitions.form.subtreeOf')} width="md" />
            <ProFormSelect name={['participantScope', 'industries']} label={t('competitions.form.industries')} mode="tags" width="md" />
            <ProFormSelect
              name={['participantScope', 'ownership']}
              label={t('competitions.form.ownership')}
              width="sm"
              allowClear
              options={[
                { value: 'public', label: t('competitions.form.public') },
                { value: 'non_public', label: t('competitions.form.nonPublic') },
              ]}
            />
            <ProFormSwitch name={['participantScope', 'aboveScaleOnly']} label={t('competitions.form.aboveScaleOnly')} />
          </ProForm.Group>
          {id && <ProFormTextArea name="reason" label={t('competitions.form.reason')} width="xl" rules={[{ required: true, message: t('competitions.form.reasonRequired') }]} />}
        </ProForm>
      </Card>
    </PageContainer>
  );
}
