import { ModalForm, ProFormSelect, ProFormText, ProFormTextArea, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { roles } from '@lc/org/roles';
import { Button, Form, Space, Tag } from 'antd';
import { useEffect, useRef } from 'react';
import { roleLabel } from '../../access';
import { useSubmitAndReload } from '../../components/api-form';
import { useLocale } from '../../locales';
import { registration, unwrap, type Ok, type RegistrationApi } from '../../services/api';
import { useSession } from '../../session-context';
import { listQuery, tablePage, serverTableDefaults } from '../../components/server-list';

type User = Ok<RegistrationApi['/users']['get']>['items'][number];

/** The users bound to one unit: accounts, roles, deactivation, a temporary password. */
export default function UserTable({ orgUnitId }: { orgUnitId: string }) {
  const { access } = useSession();
  const { t, locale } = useLocale();
  const roleOptions = roles.map((r) => ({ value: r, label: roleLabel(r, locale) }));
  const table = useRef<ActionType>();
  const [createForm] = Form.useForm();
  const [rolesForm] = Form.useForm();
  const [deactivateForm] = Form.useForm();
  useEffect(() => {
    table.current?.reload();
  }, [orgUnitId]);

  const submit = useSubmitAndReload(table);

  const columns: ProColumns<User>[] = [
    { title: t('org.users.search'), dataIndex: 'q', hideInTable: true },
    { title: t('org.field.personName'), dataIndex: 'displayName', search: false, sorter: true },
    { title: t('login.username'), dataIndex: 'username', search: false, sorter: true },
    { title: t('common.roles'), dataIndex: 'role', valueType: 'select', fieldProps: { options: roleOptions }, render: (_, u) => <Space size={2} wrap>{u.roles.map((r) => <Tag key={r}>{roleLabel(r, locale)}</Tag>)}</Space> },
    {
      title: t('org.field.status'),
      dataIndex: 'active',
      search: false,
      render: (_, u) => {
        if (!u.active) return <Tag>{t('org.unit.inactive')}</Tag>;
        return u.passwordChangeRequired ? <Tag color="gold">{t('org.users.mustChangePassword')}</Tag> : <Tag color="green">{t('org.unit.active')}</Tag>;
      },
    },
    {
      title: t('org.field.actions'),
      valueType: 'option',
      hideInTable: !access.canEditTree,
      render: (_, u) =>
        u.active
          ? [
              <ModalForm
                key="roles"
                title={t('org.users.changeRolesTitle', { name: u.displayName })}
                form={rolesForm}
                initialValues={{ roles: u.roles }}
                trigger={<a>{t('org.users.changeRoles')}</a>}
                modalProps={{ destroyOnClose: true }}
                onFinish={(v) => submit(rolesForm, () => unwrap(registration.PUT('/users/{id}/roles', { params: { path: { id: u.id } }, body: v as never })), t('org.users.rolesChanged'))}
              >
                <ProFormSelect name="roles" label={t('common.roles')} mode="multiple" options={roleOptions} rules={[{ required: true, message: t('org.users.rolesRequired') }]} />
                <ProFormTextArea name="reason" label={t('org.field.changeReason')} rules={[{ required: true, message: t('org.field.changeReasonRequired') }]} />
              </ModalForm>,
              <ModalForm
                key="deactivate"
                title={t('org.users.deactivateTitle', { name: u.displayName })}
                form={deactivateForm}
                trigger={<a style={{ color: '#cf1322' }}>{t('org.field.deactivate')}</a>}
                modalProps={{ destroyOnClose: true, okButtonProps: { danger: true } }}
                onFinish={(v) => submit(deactivateForm, () => unwrap(registration.POST('/users/{id}/deactivate', { params: { path: { id: u.id } }, body: v as never })), t('org.users.deactivated'))}
              >
                <ProFormTextArea name="reason" label={t('org.field.deactivateReason')} rules={[{ required: true, message: t('org.field.deactivateReasonRequired') }]} />
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
      {...serverTableDefaults}
      toolBarRender={() =>
        access.canEditTree
          ? [
              <ModalForm
                key="new"
                title={t('org.users.newTitle')}
                form={createForm}
                trigger={<Button type="primary">{t('org.users.new')}</Button>}
                modalProps={{ destroyOnClose: true }}
                onFinish={(v) => submit(createForm, () => unwrap(registration.POST('/users', { body: { ...v, orgUnitId } as never })), t('org.users.created'))}
              >
                <ProFormText name="displayName" label={t('org.field.personName')} rules={[{ required: true, message: t('org.users.nameRequired') }]} />
                <ProFormText name="username" label={t('login.username')} rules={[{ required: true, message: t('org.users.usernameRequired') }]} />
                <ProFormSelect name="roles" label={t('common.roles')} mode="multiple" options={roleOptions} rules={[{ required: true, message: t('org.users.rolesRequired') }]} />
                <ProFormText.Password name="password" label={t('org.users.password')} extra={t('org.users.passwordHint')} rules={[{ required: true, message: t('org.users.passwordRequired') }]} />
                <ProFormText name="mobile" label={t('org.users.mobile')} rules={[{ pattern: /^1\d{10}$/, message: t('org.users.mobileFormat') }]} />
              </ModalForm>,
            ]
          : []
      }
      request={async ({ q, role, ...paging }, sorter) => {
        const page = await unwrap(registration.GET('/users', { params: { query: { orgUnitId, q: q || undefined, role, ...listQuery(paging, sorter) } as never } }));
        return tablePage(page);
      }}
    />
  );
}
