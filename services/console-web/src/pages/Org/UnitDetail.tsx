import { ModalForm, ProForm, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { App, Button, Descriptions, Form, Space, Spin, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { submitShowingRefusal, useRefusalDialog } from '../../components/api-form';
import UnitPicker, { unitKindLabel } from '../../components/UnitPicker';
import { useLocale } from '../../locales';
import { registration, unwrap, type Ok, type RegistrationApi } from '../../services/api';
import { useSession } from '../../session-context';
import { formatDateTime } from '../../utils/format';

type OrgUnit = Ok<RegistrationApi['/org-units/{id}']['get']>;
type Enterprise = { creditCode?: string; ownership?: string; aboveScale?: boolean; industry?: string | null; headcount?: number };

/** One unit: what it is, and (for cadres who keep the tree) rename, move and deactivate. */
export default function UnitDetail({ unitId, onChanged }: { unitId: string; onChanged: () => void }) {
  const { access } = useSession();
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const showRefusal = useRefusalDialog();
  const [unit, setUnit] = useState<OrgUnit>();
  const [renameForm] = Form.useForm();
  const [moveForm] = Form.useForm();
  const [deactivateForm] = Form.useForm();
  const load = () => unwrap(registration.GET('/org-units/{id}', { params: { path: { id: unitId } } })).then(setUnit, (e) => message.error(String(e.message)));
  useEffect(() => {
    load();
  }, [unitId]);

  if (!unit) return <Spin />;
  const enterprise = unit.enterprise as Enterprise | null;
  const changed = async () => {
    await load();
    onChanged();
  };

  return (
    <>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('org.unit.name')}>{unit.name}</Descriptions.Item>
        <Descriptions.Item label={t('org.unit.id')}>{unit.id}</Descriptions.Item>
        <Descriptions.Item label={t('org.unit.kind')}>{unitKindLabel(unit.kind, locale)}</Descriptions.Item>
        <Descriptions.Item label={t('org.unit.regionCode')}>{unit.regionCode ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('org.field.status')}>
          {unit.active ? <Tag color="green">{t('org.unit.active')}</Tag> : <Tag>{t('org.unit.inactiveBecause', { reason: unit.deactivationReason ?? '' })}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('org.unit.updatedAt')}>{formatDateTime(unit.updatedAt)}</Descriptions.Item>
        {enterprise && (
          <>
            <Descriptions.Item label={t('org.unit.creditCode')}>{enterprise.creditCode}</Descriptions.Item>
            <Descriptions.Item label={t('org.unit.ownership')}>{t(enterprise.ownership === 'public' ? 'org.unit.public' : 'org.unit.nonPublic')}</Descriptions.Item>
            <Descriptions.Item label={t('org.unit.aboveScale')}>{t(enterprise.aboveScale ? 'org.field.yes' : 'org.field.no')}</Descriptions.Item>
            <Descriptions.Item label={t('org.unit.industry')}>{enterprise.industry ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('org.unit.headcount')}>{enterprise.headcount}</Descriptions.Item>
          </>
        )}
      </Descriptions>
      {access.canEditTree && unit.active && (
        <Space style={{ marginTop: 16 }}>
          <ModalForm
            title={t('org.detail.renameTitle')}
            form={renameForm}
            trigger={<Button>{t('org.detail.rename')}</Button>}
            initialValues={{ name: unit.name }}
            modalProps={{ destroyOnClose: true }}
            onFinish={async (v) => {
              const ok = await submitShowingRefusal(renameForm, () => unwrap(registration.PATCH('/org-units/{id}', { params: { path: { id: unit.id } }, body: v })), showRefusal);
              if (ok) await changed();
              return ok;
            }}
          >
            <ProFormText name="name" label={t('org.unit.name')} rules={[{ required: true, message: t('org.unit.nameRequired') }, { max: 100 }]} />
            <ProFormTextArea name="reason" label={t('org.detail.renameReason')} rules={[{ required: true, message: t('org.detail.renameReasonRequired') }]} />
          </ModalForm>
          {unit.parentId && (
            <ModalForm
              title={t('org.detail.moveTitle')}
              form={moveForm}
              trigger={<Button>{t('org.detail.move')}</Button>}
              modalProps={{ destroyOnClose: true }}
              onFinish={async (v) => {
                const ok = await submitShowingRefusal(moveForm, () => unwrap(registration.POST('/org-units/{id}/move', { params: { path: { id: unit.id } }, body: v as never })), showRefusal);
                if (ok) await changed();
                return ok;
              }}
            >
              <ProForm.Item name="newParentId" label={t('org.detail.newParent')} rules={[{ required: true, message: t('org.detail.newParentRequired') }]}>
                <UnitPicker />
              </ProForm.Item>
              <ProFormTextArea name="reason" label={t('org.field.changeReason')} rules={[{ required: true, message: t('org.field.changeReasonRequired') }]} />
            </ModalForm>
          )}
          {unit.parentId && (
            <ModalForm
              title={t('org.detail.deactivateTitle', { name: unit.name })}
              form={deactivateForm}
              trigger={<Button danger>{t('org.field.deactivate')}</Button>}
              modalProps={{ destroyOnClose: true, okButtonProps: { danger: true } }}
              onFinish={async (v) => {
                const ok = await submitShowingRefusal(deactivateForm, () => unwrap(registration.POST('/org-units/{id}/deactivate', { params: { path: { id: unit.id } }, body: v as never })), showRefusal);
                if (ok) await changed();
                return ok;
              }}
            >
              <ProFormTextArea name="reason" label={t('org.field.deactivateReason')} rules={[{ required: true, message: t('org.field.deactivateReasonRequired') }]} />
            </ModalForm>
          )}
        </Space>
      )}
      {unit.kind === 'enterprise_union' && unit.active && (
        <div style={{ marginTop: 16 }}>
          {/* The poster workers scan to report a hazard of this enterprise from their phones. */}
          <Button href={`/print/hazard-poster/${encodeURIComponent(unit.id)}`} target="_blank">
            {t('org.detail.hazardPoster')}
          </Button>
        </div>
      )}
    </>
  );
}
