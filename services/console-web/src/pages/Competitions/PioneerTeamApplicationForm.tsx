import { ProForm, ProFormDigit, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { pioneerTeamFormProblems, type PioneerTeamFormFigures } from '@lc/contracts/pioneer-team-form-checks';
import { Alert, App, Form } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { submitShowingRefusal, useRefusalDialog } from '../../components/api-form';
import UnitPicker from '../../components/UnitPicker';
import { registration, unwrap } from '../../services/api';

const MONTH = { pattern: /^\d{4}-(0[1-9]|1[0-2])$/, message: '请按“年-月”填写，如 2012-03' };
const required = (what: string) => ({ required: true, message: `请填写${what}` });

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
  const [form] = Form.useForm();
  const [problems, setProblems] = useState<{ field: string; zh: string }[]>([]);

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
      submitter={{ searchConfig: { submitText: '提交申报', resetText: '重置' } }}
      onFinish={async (values) => {
        const found = recheck();
        if (found.length) {
          form.setFields(found.map((p) => ({ name: p.field.split('.'), errors: [p.zh] })));
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
          message.success('已提交，进入审批：单位工会意见');
          navigate(`/approvals/registration/${encodeURIComponent(workflowId)}`);
        }
        return ok;
      }}
    >
      <ProForm.Group title="单位与班组">
        <ProForm.Item name="teamUnitId" label="班组" style={{ width: 328 }} rules={[{ required: true, message: '请选择申报的班组' }]}>
          <UnitPicker kinds={['team']} placeholder="输入班组名称搜索" />
        </ProForm.Item>
        <ProFormText name="unitFoundedMonth" label="单位何时组建" placeholder="如 2003-05" width="sm" rules={[required('单位组建时间'), MONTH]} />
        <ProFormDigit name="headcount" label="班组人数" width="xs" min={1} rules={[required('班组人数')]} />
        <ProFormText name="postLeaderName" label="岗长姓名" width="sm" rules={[required('岗长姓名')]} />
        <ProFormText name="teamFoundedMonth" label="班组何时组建" placeholder="如 2012-03" width="sm" rules={[required('班组组建时间'), MONTH]} />
      </ProForm.Group>
      <ProForm.Group title="班组人员构成情况">
        {(
          [
            ['total', '共（人）'],
            ['men', '男'],
            ['women', '女'],
            ['partyMembers', '党员'],
            ['leagueMembers', '团员'],
            ['collegeOrAbove', '大专（及以上）'],
            ['highSchool', '高中'],
            ['juniorHigh', '初中'],
          ] as const
        ).map(([key, label]) => (
          <ProFormDigit key={key} name={['composition', key]} label={label} width="xs" min={0} fieldProps={{ precision: 0 }} rules={[required(label)]} />
        ))}
        <ProFormDigit name={['composition', 'averageAge']} label="平均年龄（岁）" width="xs" min={16} max={70} fieldProps={{ precision: 1 }} rules={[required('平均年龄')]} />
        <ProFormDigit
          name={['composition', 'averageTechnicalGrade']}
          label="平均技术等级（级）"
          width="xs"
          min={1}
          max={8}
          fieldProps={{ precision: 1 }}
          rules={[required('平均技术等级')]}
        />
      </ProForm.Group>
      {problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message="人员构成还对不上"
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {problems.map((p) => (
                <li key={p.field + p.zh}>{p.zh}</li>
              ))}
            </ul>
          }
        />
      )}
      <ProForm.Group title="班组负责人情况">
        <ProFormText name={['leader', 'name']} label="姓名" width="sm" rules={[required('姓名')]} />
        <ProFormSelect
          name={['leader', 'gender']}
          label="性别"
          width="xs"
          options={[
            { value: 'male', label: '男' },
            { value: 'female', label: '女' },
          ]}
          rules={[{ required: true, message: '请选择性别' }]}
        />
        <ProFormText name={['leader', 'birthMonth']} label="出生年月" placeholder="如 1984-07" width="sm" rules={[required('出生年月'), MONTH]} />
        <ProFormText name={['leader', 'education']} label="文化程度" width="sm" rules={[required('文化程度')]} />
        <ProFormText name={['leader', 'politicalStatus']} label="政治面貌" width="sm" rules={[required('政治面貌')]} />
        <ProFormText name={['leader', 'trade']} label="工种" width="sm" rules={[required('工种')]} />
        <ProFormText name={['leader', 'appointedMonth']} label="何年何月任职" placeholder="如 2016-01" width="sm" rules={[required('任职时间'), MONTH]} />
        <ProFormText name={['leader', 'qqOrWechat']} label="QQ号/微信号" width="sm" />
        <ProFormText name={['leader', 'mobile']} label="手机号码" width="sm" rules={[required('手机号码'), { pattern: /^1\d{10}$/, message: '手机号码为11位数字' }]} />
      </ProForm.Group>
      <ProForm.Group title="其他">
        <ProFormText name="unitAddress" label="单位地址" width="xl" rules={[required('单位地址')]} />
        <ProFormText name="postcode" label="邮编" width="xs" rules={[required('邮编'), { pattern: /^\d{6}$/, message: '邮编为6位数字' }]} />
        <ProFormTextArea name="pastAwards" label="何时何地受过何种奖励、称号" width="xl" />
      </ProForm.Group>
    </ProForm>
  );
}
