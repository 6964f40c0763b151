import { ModalForm, ProForm, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { App, Button, Descriptions, Form, Space, Spin, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { submitShowingRefusal, useRefusalDialog } from '../../components/api-form';
import UnitPicker from '../../components/UnitPicker';
import { registration, unwrap, type Ok, type RegistrationApi } from '../../services/api';
import { useSession } from '../../session-context';
import { formatDateTime } from '../../utils/format';

type OrgUnit = Ok<RegistrationApi['/org-units/{id}']['get']>;
type Enterprise = { creditCode?: string; ownership?: string; aboveScale?: boolean; industry?: string | null; headcount?: number };

/** One unit: what it is, and (for cadres who keep the tree) rename, move and deactivate. */
export default function UnitDetail({ unitId, onChanged }: { unitId: string; onChanged: () => void }) {
  const { access } = useSession();
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
        <Descriptions.Item label="单位名称">{unit.name}</Descriptions.Item>
        <Descriptions.Item label="单位编号">{unit.id}</Descriptions.Item>
        <Descriptions.Item label="类别">{unit.kindLabel}</Descriptions.Item>
        <Descriptions.Item label="行政区划代码">{unit.regionCode ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="状态">{unit.active ? <Tag color="green">正常</Tag> : <Tag>已停用：{unit.deactivationReason}</Tag>}</Descriptions.Item>
        <Descriptions.Item label="更新时间">{formatDateTime(unit.updatedAt)}</Descriptions.Item>
        {enterprise && (
          <>
            <Descriptions.Item label="统一社会信用代码">{enterprise.creditCode}</Descriptions.Item>
            <Descriptions.Item label="所有制">{enterprise.ownership === 'public' ? '公有制' : '非公有制'}</Descriptions.Item>
            <Descriptions.Item label="规模以上">{enterprise.aboveScale ? '是' : '否'}</Descriptions.Item>
            <Descriptions.Item label="行业">{enterprise.industry ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="职工人数">{enterprise.headcount}</Descriptions.Item>
          </>
        )}
      </Descriptions>
      {access.canEditTree && unit.active && (
        <Space style={{ marginTop: 16 }}>
          <ModalForm
            title="修改单位名称"
            form={renameForm}
            trigger={<Button>修改名称</Button>}
            initialValues={{ name: unit.name }}
            modalProps={{ destroyOnClose: true }}
            onFinish={async (v) => {
              const ok = await submitShowingRefusal(renameForm, () => unwrap(registration.PATCH('/org-units/{id}', { params: { path: { id: unit.id } }, body: v })), showRefusal);
              if (ok) await changed();
              return ok;
            }}
          >
            <ProFormText name="name" label="单位名称" rules={[{ required: true, message: '请输入单位名称' }, { max: 100 }]} />
            <ProFormTextArea name="reason" label="修改原因" rules={[{ required: true, message: '请说明修改原因' }]} />
          </ModalForm>
          {unit.parentId && (
            <ModalForm
              title="调整隶属关系"
              form={moveForm}
              trigger={<Button>调整隶属</Button>}
              modalProps={{ destroyOnClose: true }}
              onFinish={async (v) => {
                const ok = await submitShowingRefusal(moveForm, () => unwrap(registration.POST('/org-units/{id}/move', { params: { path: { id: unit.id } }, body: v as never })), showRefusal);
                if (ok) await changed();
                return ok;
              }}
            >
              <ProForm.Item name="newParentId" label="新的上级单位" rules={[{ required: true, message: '请选择新的上级单位' }]}>
                <UnitPicker />
              </ProForm.Item>
              <ProFormTextArea name="reason" label="调整原因" rules={[{ required: true, message: '请说明调整原因' }]} />
            </ModalForm>
          )}
          {unit.parentId && (
            <ModalForm
              title={`停用「${unit.name}」`}
              form={deactivateForm}
              trigger={<Button danger>停用</Button>}
              modalProps={{ destroyOnClose: true, okButtonProps: { danger: true } }}
              onFinish={async (v) => {
                const ok = await submitShowingRefusal(deactivateForm, () => unwrap(registration.POST('/org-units/{id}/deactivate', { params: { path: { id: unit.id } }, body: v as never })), showRefusal);
                if (ok) await changed();
                return ok;
              }}
            >
              <ProFormTextArea name="reason" label="停用原因" rules={[{ required: true, message: '请说明停用原因' }]} />
            </ModalForm>
          )}
        </Space>
      )}
    </>
  );
}
