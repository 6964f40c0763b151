import { ModalForm, ProFormDigit, ProFormSelect, ProFormSwitch, ProFormText, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { allowedChildKinds, orgUnitKindLabels, type OrgUnitKind } from '@lc/org/org-kinds';
import { App, Button, Form, Tag } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { submitShowingRefusal, useRefusalDialog } from '../../components/api-form';
import { registration, unwrap, type Ok, type RegistrationApi } from '../../services/api';
import { useSession } from '../../session-context';

type OrgUnit = Ok<RegistrationApi['/org-units/{id}']['get']>;

const kindOptions = Object.entries(orgUnitKindLabels).map(([value, label]) => ({ value, label: label.zh }));

/** The units under one unit, paged on the server, with a form to add one under it. */
export default function UnitTable({ parentId, onChanged }: { parentId: string; onChanged: () => void }) {
  const { access } = useSession();
  const { message } = App.useApp();
  const showRefusal = useRefusalDialog();
  const [, setParams] = useSearchParams();
  const table = useRef<ActionType>();
  const [form] = Form.useForm();
  const [parent, setParent] = useState<OrgUnit>();
  useEffect(() => {
    unwrap(registration.GET('/org-units/{id}', { params: { path: { id: parentId } } })).then(setParent, () => undefined);
    table.current?.reload();
  }, [parentId]);

  const columns: ProColumns<OrgUnit>[] = [
    { title: '名称', dataIndex: 'q', hideInTable: true },
    { title: '单位名称', dataIndex: 'name', search: false, render: (_, u) => <a onClick={() => setParams({ unit: u.id })}>{u.name}</a> },
    { title: '类别', dataIndex: 'kind', valueType: 'select', fieldProps: { options: kindOptions }, render: (_, u) => u.kindLabel },
    { title: '单位编号', dataIndex: 'id', search: false, copyable: true },
    {
      title: '状态',
      dataIndex: 'status',
      valueType: 'select',
      valueEnum: { active: { text: '正常' }, inactive: { text: '已停用' } },
      render: (_, u) => (u.active ? <Tag color="green">正常</Tag> : <Tag>已停用</Tag>),
    },
  ];
  const childKinds = parent ? allowedChildKinds(parent.kind as OrgUnitKind) : [];

  return (
    <ProTable<OrgUnit>
      actionRef={table}
      rowKey="id"
      columns={columns}
      search={{ labelWidth: 'auto' }}
      pagination={{ defaultPageSize: 20 }}
      options={{ density: false, setting: false }}
      toolBarRender={() =>
        access.canEditTree && childKinds.length
          ? [
              <ModalForm
                key="new"
                title={`在「${parent?.name}」下新增单位`}
                form={form}
                trigger={<Button type="primary">新增下级单位</Button>}
                modalProps={{ destroyOnClose: true }}
                onFinish={async (v) => {
                  const body = { ...v, parentId, enterprise: v.kind === 'enterprise_union' ? { ...v.enterprise, ownership: v.enterprise?.ownership } : undefined };
                  const ok = await submitShowingRefusal(form, () => unwrap(registration.POST('/org-units', { body: body as never })), showRefusal);
                  if (ok) {
                    message.success('已新增');
                    table.current?.reload();
                    onChanged();
                  }
                  return ok;
                }}
              >
                <ProFormText name="name" label="单位名称" rules={[{ required: true, message: '请输入单位名称' }, { max: 100, message: '不超过100个字' }]} />
                <ProFormSelect
                  name="kind"
                  label="类别"
                  options={childKinds.map((k) => ({ value: k, label: orgUnitKindLabels[k].zh }))}
                  rules={[{ required: true, message: '请选择类别' }]}
                />
                <ProFormText name="id" label="单位编号（可不填）" />
                <ProFormText name="regionCode" label="行政区划代码（可不填，默认同上级）" rules={[{ pattern: /^\d{6}$/, message: '行政区划代码为6位数字' }]} />
                <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
                  {({ getFieldValue }) =>
                    getFieldValue('kind') === 'enterprise_union' && (
                      <>
                        <ProFormText name={['enterprise', 'creditCode']} label="统一社会信用代码" rules={[{ required: true, message: '请输入统一社会信用代码' }, { len: 18, message: '统一社会信用代码为18位' }]} />
                        <ProFormSelect
                          name={['enterprise', 'ownership']}
                          label="所有制"
                          options={[
                            { value: 'public', label: '公有制' },
                            { value: 'non_public', label: '非公有制' },
                          ]}
                          rules={[{ required: true, message: '请选择所有制' }]}
                        />
                        <ProFormSwitch name={['enterprise', 'aboveScale']} label="规模以上" initialValue={false} />
                        <ProFormText name={['enterprise', 'industry']} label="行业" />
                        <ProFormDigit name={['enterprise', 'headcount']} label="职工人数" min={0} rules={[{ required: true, message: '请输入职工人数' }]} />
                      </>
                    )
                  }
                </Form.Item>
              </ModalForm>,
            ]
          : []
      }
      request={async ({ current = 1, pageSize = 20, kind, status, q }) => {
        const page = await unwrap(
          registration.GET('/org-units/{id}/subtree', {
            params: { path: { id: parentId }, query: { childrenOnly: true, kind, status, q: q || undefined, limit: pageSize, offset: (current - 1) * pageSize } },
          }),
        );
        return { data: page.items, total: page.total, success: true };
      }}
    />
  );
}
