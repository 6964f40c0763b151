import { ModalForm, ProFormSelect, ProFormText, ProFormTextArea, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { roleRules, roles } from '@lc/org/roles';
import { Button, Form, Space, Tag } from 'antd';
import { useEffect, useRef } from 'react';
import { roleLabel } from '../../access';
import { useSubmitAndReload } from '../../components/api-form';
import { registration, unwrap, type Ok, type RegistrationApi } from '../../services/api';
import { useSession } from '../../session-context';

type User = Ok<RegistrationApi['/users']['get']>['items'][number];
const roleOptions = roles.map((r) => ({ value: r, label: roleRules[r].label.zh }));

/** The users bound to one unit: accounts, roles, deactivation, a temporary password. */
export default function UserTable({ orgUnitId }: { orgUnitId: string }) {
  const { access } = useSession();
  const table = useRef<ActionType>();
  const [createForm] = Form.useForm();
  const [rolesForm] = Form.useForm();
  const [deactivateForm] = Form.useForm();
  useEffect(() => {
    table.current?.reload();
  }, [orgUnitId]);

  const submit = useSubmitAndReload(table);

  const columns: ProColumns<User>[] = [
    { title: '姓名/用户名', dataIndex: 'q', hideInTable: true },
    { title: '姓名', dataIndex: 'displayName', search: false },
    { title: '用户名', dataIndex: 'username', search: false },
    { title: '角色', dataIndex: 'role', valueType: 'select', fieldProps: { options: roleOptions }, render: (_, u) => <Space size={2} wrap>{u.roles.map((r) => <Tag key={r}>{roleLabel(r)}</Tag>)}</Space> },
    { title: '状态', dataIndex: 'active', search: false, render: (_, u) => (u.active ? (u.passwordChangeRequired ? <Tag color="gold">待改密码</Tag> : <Tag color="green">正常</Tag>) : <Tag>已停用</Tag>) },
    {
      title: '操作',
      valueType: 'option',
      hideInTable: !access.canEditTree,
      render: (_, u) =>
        u.active
          ? [
              <ModalForm
                key="roles"
                title={`调整角色：${u.displayName}`}
                form={rolesForm}
                initialValues={{ roles: u.roles }}
                trigger={<a>调整角色</a>}
                modalProps={{ destroyOnClose: true }}
                onFinish={(v) => submit(rolesForm, () => unwrap(registration.PUT('/users/{id}/roles', { params: { path: { id: u.id } }, body: v as never })), '角色已调整')}
              >
                <ProFormSelect name="roles" label="角色" mode="multiple" options={roleOptions} rules={[{ required: true, message: '请至少选择一个角色' }]} />
                <ProFormTextArea name="reason" label="调整原因" rules={[{ required: true, message: '请说明调整原因' }]} />
              </ModalForm>,
              <ModalForm
                key="deactivate"
                title={`停用账号：${u.displayName}`}
                form={deactivateForm}
                trigger={<a style={{ color: '#cf1322' }}>停用</a>}
                modalProps={{ destroyOnClose: true, okButtonProps: { danger: true } }}
                onFinish={(v) => submit(deactivateForm, () => unwrap(registration.POST('/users/{id}/deactivate', { params: { path: { id: u.id } }, body: v as never })), '账号已停用')}
              >
                <ProFormTextArea name="reason" label="停用原因" rules={[{ required: true, message: '请说明停用原因' }]} />
              </ModalForm>,
            ]
          : [],
    },
  ];

  return (
    <ProTable<User>
      actionRef={table}
      rowKey="id"
      columns={columns}
      search={{ labelWidth: 'auto' }}
      pagination={{ defaultPageSize: 20 }}
      options={{ density: false, setting: false }}
      toolBarRender={() =>
        access.canEditTree
          ? [
              <ModalForm
                key="new"
                title="新建用户账号"
                form={createForm}
                trigger={<Button type="primary">新建用户</Button>}
                modalProps={{ destroyOnClose: true }}
                onFinish={(v) => submit(createForm, () => unwrap(registration.POST('/users', { body: { ...v, orgUnitId } as never })), '已新建，首次登录须修改密码')}
              >
                <ProFormText name="displayName" label="姓名" rules={[{ required: true, message: '请输入姓名' }]} />
                <ProFormText name="username" label="用户名" rules={[{ required: true, message: '请输入用户名' }]} />
                <ProFormSelect name="roles" label="角色" mode="multiple" options={roleOptions} rules={[{ required: true, message: '请至少选择一个角色' }]} />
                <ProFormText.Password name="password" label="临时密码" extra="至少10个字符；用户首次登录时须改为自己的密码" rules={[{ required: true, message: '请设置临时密码' }]} />
                <ProFormText name="mobile" label="手机号" rules={[{ pattern: /^1\d{10}$/, message: '手机号为11位数字' }]} />
              </ModalForm>,
            ]
          : []
      }
      request={async ({ current = 1, pageSize = 20, q, role }) => {
        const page = await unwrap(registration.GET('/users', { params: { query: { orgUnitId, q: q || undefined, role, limit: pageSize, offset: (current - 1) * pageSize } as never } }));
        return { data: page.items, total: page.total, success: true };
      }}
    />
  );
}
