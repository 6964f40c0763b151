import { ModalForm, ProFormDigit, ProFormSelect, ProFormSwitch, ProFormText, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { allowedChildKinds, orgUnitKinds, type OrgUnitKind } from '@lc/org/org-kinds';
import { App, Button, Form, Tag } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { submitShowingRefusal, useRefusalDialog } from '../../components/api-form';
import { unitKindLabel } from '../../components/UnitPicker';
import { useLocale } from '../../locales';
import { registration, unwrap, type Ok, type RegistrationApi } from '../../services/api';
import { useSession } from '../../session-context';
import { listQuery, tablePage, serverTableDefaults } from '../../components/server-list';

type OrgUnit = Ok<RegistrationApi['/org-units/{id}']['get']>;

/** The units under one unit, paged on the server, with a form to add one under it. */
export default function UnitTable({ parentId, onChanged }: { parentId: string; onChanged: () => void }) {
  const { access } = useSession();
  const { t, locale } = useLocale();
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

  const kindOptions = orgUnitKinds.map((kind) => ({ value: kind, label: unitKindLabel(kind, locale) }));
  const columns: ProColumns<OrgUnit>[] = [
    { title: t('org.units.search'), dataIndex: 'q', hideInTable: true },
    { title: t('org.unit.name'), dataIndex: 'name', search: false, render: (_, u) => <a onClick={() => setParams({ unit: u.id })}>{u.name}</a> },
    { title: t('org.unit.kind'), dataIndex: 'kind', valueType: 'select', fieldProps: { options: kindOptions }, render: (_, u) => unitKindLabel(u.kind, locale) },
    { title: t('org.unit.id'), dataIndex: 'id', search: false, copyable: true },
    {
      title: t('org.field.status'),
      dataIndex: 'status',
      valueType: 'select',
      valueEnum: { active: { text: t('org.unit.active') }, inactive: { text: t('org.unit.inactive') } },
      render: (_, u) => (u.active ? <Tag color="green">{t('org.unit.active')}</Tag> : <Tag>{t('org.unit.inactive')}</Tag>),
    },
  ];
  const childKinds = parent ? allowedChildKinds(parent.kind as OrgUnitKind) : [];

  return (
    <ProTable<OrgUnit>
      actionRef={table}
      rowKey="id"
      columns={columns}
      search={{ labelWidth: 'auto' }}
      {...serverTableDefaults}
      toolBarRender={() =>
        access.canEditTree && childKinds.length
          ? [
              <ModalForm
                key="new"
                title={t('org.units.newTitle', { parent: parent?.name ?? '' })}
                form={form}
                trigger={<Button type="primary">{t('org.units.new')}</Button>}
                modalProps={{ destroyOnClose: true }}
                onFinish={async (v) => {
                  const body = { ...v, parentId, enterprise: v.kind === 'enterprise_union' ? { ...v.enterprise, ownership: v.enterprise?.ownership } : undefined };
                  const ok = await submitShowingRefusal(form, () => unwrap(registration.POST('/org-units', { body: body as never })), showRefusal);
                  if (ok) {
                    message.success(t('org.units.created'));
                    table.current?.reload();
                    onChanged();
                  }
                  return ok;
                }}
              >
                <ProFormText name="name" label={t('org.unit.name')} rules={[{ required: true, message: t('org.unit.nameRequired') }, { max: 100, message: t('org.units.nameMax') }]} />
                <ProFormSelect
                  name="kind"
                  label={t('org.unit.kind')}
                  options={childKinds.map((k) => ({ value: k, label: unitKindLabel(k, locale) }))}
                  rules={[{ required: true, message: t('org.units.kindRequired') }]}
                />
                <ProFormText name="id" label={t('org.units.idOptional')} />
                <ProFormText name="regionCode" label={t('org.units.regionCodeOptional')} rules={[{ pattern: /^\d{6}$/, message: t('org.units.regionCodeFormat') }]} />
                <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
                  {({ getFieldValue }) =>
                    getFieldValue('kind') === 'enterprise_union' && (
                      <>
                        <ProFormText name={['enterprise', 'creditCode']} label={t('org.unit.creditCode')} rules={[{ required: true, message: t('org.units.creditCodeRequired') }, { len: 18, message: t('org.units.creditCodeLength') }]} />
                        <ProFormSelect
                          name={['enterprise', 'ownership']}
                          label={t('org.unit.ownership')}
                          options={[
                            { value: 'public', label: t('org.unit.public') },
                            { value: 'non_public', label: t('org.unit.nonPublic') },
                          ]}
                          rules={[{ required: true, message: t('org.units.ownershipRequired') }]}
                        />
                        <ProFormSwitch name={['enterprise', 'aboveScale']} label={t('org.unit.aboveScale')} initialValue={false} />
                        <ProFormText name={['enterprise', 'industry']} label={t('org.unit.industry')} />
                        <ProFormDigit name={['enterprise', 'headcount']} label={t('org.unit.headcount')} min={0} rules={[{ required: true, message: t('org.units.headcountRequired') }]} />
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
            params: { path: { id: parentId }, query: { childrenOnly: true, kind, status, q: q || undefined, ...listQuery({ current, pageSize }) } },
          }),
        );
        return tablePage(page);
      }}
    />
  );
}
