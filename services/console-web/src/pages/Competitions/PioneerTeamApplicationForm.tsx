import { ProForm, ProFormDigit, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { pioneerTeamFormProblems, type FormProblem, type PioneerTeamFormFigures } from '@lc/contracts/pioneer-team-form-checks';
import { Alert, App, Form } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { submitShowingRefusal, useRefusalDialog } from '../../components/api-form';
import UnitPicker from '../../components/UnitPicker';
import { useLocale } from '../../locales';
import type { MessageKey } from '../../locales/zh-CN';
import { registration, unwrap } from '../../services/api';
import { useSession } from '../../session-context';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The people counts of 班组人员构成情况, in the paper form's order. */
const compositionFields: [string, MessageKey][] = [
  ['total', 'competitions.pioneer.total'],
  ['men', 'competitions.pioneer.men'],
  ['women', 'competitions.pioneer.women'],
  ['partyMembers', 'competitions.pioneer.partyMembers'],
  ['leagueMembers', 'competitions.pioneer.leagueMembers'],
  ['collegeOrAbove', 'competitions.pioneer.collegeOrAbove'],
  ['highSchool', 'competitions.pioneer.highSchool'],
  ['juniorHigh', 'competitions.pioneer.juniorHigh'],
];

/** The figures the cross-field checks need, once every one of them is filled in. */
function figuresOf(v: Record<string, unknown>): PioneerTeamFormFigures | null {
  const c = (v.composition ?? {}) as Record<string, number | undefined>;
  const leader = (v.leader ?? {}) as Record<string, string | undefined>;
  const numbers = ['total', 'men', 'women', 'partyMembers', 'leagueMembers', 'collegeOrAbove', 'highSchool', 'juniorHigh'];
  if (typeof v.headcount !== 'number' || numbers.some((k) => typeof c[k] !== 'number')) return null;
  return {
    headcount: v.headcount,
    unitFoundedMonth: String(v.unitFoundedMonth ?? ''),
    teamFoundedMonth: String(v.teamFoundedMonth ?? ''),
    composition: c as PioneerTeamFormFigures['composition'],
    leader: { birthMonth: leader.birthMonth ?? '', appointedMonth: leader.appointedMonth ?? '' },
  };
}

/**
 * 创建“工人先锋号”示范培育申报表 (seed 004 attachment 1) as a form: the same fields, and the same checks
 * as the service (the composition adds up, dates follow one another) shown on their fields as the figures
 * are typed; the service still checks and says so on the field if anything slips through.
 */
export default function PioneerTeamApplicationForm({ competitionId }: { competitionId: string }) {
  const { message } = App.useApp();
  const showRefusal = useRefusalDialog();
  const navigate = useNavigate();
  const { locale, t } = useLocale();
  const [form] = Form.useForm();
  const [problems, setProblems] = useState<FormProblem[]>([]);
  // An enterprise union's cadre applies for a team of their own enterprise: they sign its union's box (单位工会意见) with the application.
  const { access } = useSession();
  const unionBox = t('chains.box.pioneerTeam');
  // The shared checks word each problem in both languages.
  const said = (p: FormProblem) => (locale === 'zh-CN' ? p.zh : p.en);
  const required = (what: MessageKey) => ({ required: true, message: t('competitions.pioneer.required', { what: t(what) }) });
  const month = { pattern: MONTH, message: t('competitions.pioneer.month') };
  const example = (value: string) => t('competitions.example', { example: value });

  const recheck = () => {
    const figures = figuresOf(form.getFieldsValue(true));
    const found = figures ? pioneerTeamFormProblems(figures) : [];
    setProblems(found);
    return found;
  };

  return (
    <ProForm
      form={form}
      layout="vertical"
      onValuesChange={recheck}
      submitter={{ searchConfig: { submitText: t('competitions.pioneer.submit'), resetText: t('common.reset') } }}
      onFinish={async (values) => {
        const found = recheck();
        if (found.length) {
          form.setFields(found.map((p) => ({ name: p.field.split('.'), errors: [said(p)] })));
          return false;
        }
        let workflowId = '';
        const ok = await submitShowingRefusal(
          form,
          async () => {
            ({ workflowId } = await unwrap(registration.POST('/pioneer-team-applications', { body: { ...values, competitionId } as never })));
          },
          showRefusal,
        );
        if (ok) {
          message.success(t(values.firstBoxOpinion ? 'chains.pioneerTeam.submitted' : 'competitions.pioneer.submitted'));
          navigate(`/approvals/registration/${encodeURIComponent(workflowId)}`);
        }
        return ok;
      }}
    >
      <ProForm.Group title={t('competitions.pioneer.unitAndTeam')}>
        <ProForm.Item name="teamUnitId" label={t('competitions.pioneer.team')} style={{ width: 328 }} rules={[{ required: true, message: t('competitions.pioneer.teamRequired') }]}>
          <UnitPicker kinds={['team']} placeholder={t('competitions.pioneer.teamSearch')} />
        </ProForm.Item>
        <ProFormText
          name="unitFoundedMonth"
          label={t('competitions.pioneer.unitFounded')}
          placeholder={example('2003-05')}
          width="sm"
          rules={[required('competitions.pioneer.unitFoundedWhat'), month]}
        />
        <ProFormDigit name="headcount" label={t('competitions.pioneer.headcount')} width="xs" min={1} rules={[required('competitions.pioneer.headcount')]} />
        <ProFormText name="postLeaderName" label={t('competitions.pioneer.postLeaderName')} width="sm" rules={[required('competitions.pioneer.postLeaderName')]} />
        <ProFormText
          name="teamFoundedMonth"
          label={t('competitions.pioneer.teamFounded')}
          placeholder={example('2012-03')}
          width="sm"
          rules={[required('competitions.pioneer.teamFoundedWhat'), month]}
        />
      </ProForm.Group>
      <ProForm.Group title={t('competitions.pioneer.composition')}>
        {compositionFields.map(([key, label]) => (
          <ProFormDigit key={key} name={['composition', key]} label={t(label)} width="xs" min={0} fieldProps={{ precision: 0 }} rules={[required(label)]} />
        ))}
        <ProFormDigit
          name={['composition', 'averageAge']}
          label={t('competitions.pioneer.averageAgeLabel')}
          width="xs"
          min={16}
          max={70}
          fieldProps={{ precision: 1 }}
          rules={[required('competitions.pioneer.averageAge')]}
        />
        <ProFormDigit
          name={['composition', 'averageTechnicalGrade']}
          label={t('competitions.pioneer.averageGradeLabel')}
          width="xs"
          min={1}
          max={8}
          fieldProps={{ precision: 1 }}
          rules={[required('competitions.pioneer.averageGrade')]}
        />
      </ProForm.Group>
      {problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('competitions.pioneer.compositionOff')}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {problems.map((p) => (
                <li key={p.field + p.zh}>{said(p)}</li>
              ))}
            </ul>
          }
        />
      )}
      <ProForm.Group title={t('competitions.pioneer.leader')}>
        <ProFormText name={['leader', 'name']} label={t('competitions.pioneer.name')} width="sm" rules={[required('competitions.pioneer.name')]} />
        <ProFormSelect
          name={['leader', 'gender']}
          label={t('competitions.pioneer.gender')}
          width="xs"
          options={[
            { value: 'male', label: t('competitions.pioneer.male') },
            { value: 'female', label: t('competitions.pioneer.female') },
          ]}
          rules={[{ required: true, message: t('competitions.pioneer.genderRequired') }]}
        />
        <ProFormText
          name={['leader', 'birthMonth']}
          label={t('competitions.pioneer.birthMonth')}
          placeholder={example('1984-07')}
          width="sm"
          rules={[required('competitions.pioneer.birthMonth'), month]}
        />
        <ProFormText name={['leader', 'education']} label={t('competitions.pioneer.education')} width="sm" rules={[required('competitions.pioneer.education')]} />
        <ProFormText name={['leader', 'politicalStatus']} label={t('competitions.pioneer.politicalStatus')} width="sm" rules={[required('competitions.pioneer.politicalStatus')]} />
        <ProFormText name={['leader', 'trade']} label={t('competitions.pioneer.trade')} width="sm" rules={[required('competitions.pioneer.trade')]} />
        <ProFormText
          name={['leader', 'appointedMonth']}
          label={t('competitions.pioneer.appointed')}
          placeholder={example('2016-01')}
          width="sm"
          rules={[required('competitions.pioneer.appointedWhat'), month]}
        />
        <ProFormText name={['leader', 'qqOrWechat']} label={t('competitions.pioneer.qqOrWechat')} width="sm" />
        <ProFormText
          name={['leader', 'mobile']}
          label={t('competitions.pioneer.mobile')}
          width="sm"
          rules={[required('competitions.pioneer.mobile'), { pattern: /^1\d{10}$/, message: t('competitions.pioneer.mobileDigits') }]}
        />
      </ProForm.Group>
      <ProForm.Group title={t('competitions.pioneer.other')}>
        <ProFormText name="unitAddress" label={t('competitions.pioneer.unitAddress')} width="xl" rules={[required('competitions.pioneer.unitAddress')]} />
        <ProFormText
          name="postcode"
          label={t('competitions.pioneer.postcode')}
          width="xs"
          rules={[required('competitions.pioneer.postcode'), { pattern: /^\d{6}$/, message: t('competitions.pioneer.postcodeDigits') }]}
        />
        <ProFormTextArea name="pastAwards" label={t('competitions.pioneer.pastAwards')} width="xl" />
      </ProForm.Group>
      {access.signsEnterpriseUnionBox && (
        <ProForm.Group title={unionBox}>
          <Alert type="info" showIcon style={{ marginBottom: 8 }} message={t('chains.box.hint')} />
          <ProFormTextArea
            name="firstBoxOpinion"
            label={unionBox}
            width="xl"
            initialValue={t('chains.box.defaultApplication')}
            fieldProps={{ rows: 3, maxLength: 2000, showCount: true }}
            rules={[{ required: true, whitespace: true, message: t('chains.box.required', { box: unionBox }) }]}
          />
        </ProForm.Group>
      )}
    </ProForm>
  );
}
