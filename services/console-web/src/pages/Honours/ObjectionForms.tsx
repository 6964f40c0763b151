import { ModalForm, ProFormRadio, ProFormTextArea } from '@ant-design/pro-components';
import { App, Button, Form } from 'antd';
import { submitShowingRefusal, useRefusalDialog } from '../../components/api-form';
import { useLocale } from '../../locales';
import { awards, unwrap } from '../../services/api';

/** 提出异议: anyone on the nominee's line, while the nomination is in 公示, says what is objected to. */
export function LodgeObjectionForm({ nominationId, nomineeName, onDone }: { nominationId: string; nomineeName: string; onDone: () => void }) {
  const { t } = useLocale();
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const showRefusal = useRefusalDialog();
  return (
    <ModalForm
      name="objection"
      title={t('honours.objection.title', { name: nomineeName })}
      form={form}
      width={520}
      trigger={<Button>{t('honours.objection.lodge')}</Button>}
      modalProps={{ destroyOnClose: true }}
      onFinish={async ({ reason }) => {
        const ok = await submitShowingRefusal(form, () => unwrap(awards.POST('/nominations/{id}/objections', { params: { path: { id: nominationId } }, body: { reason } })), showRefusal);
        if (ok) {
          message.success(t('honours.objection.lodged'));
          onDone();
        }
        return ok;
      }}
    >
      <ProFormTextArea
        name="reason"
        label={t('honours.objection.reason')}
        placeholder={t('honours.objection.reasonPlaceholder')}
        fieldProps={{ rows: 5, maxLength: 2000, showCount: true }}
        rules={[{ required: true, whitespace: true, message: t('honours.objection.reasonRequired') }]}
      />
    </ModalForm>
  );
}

/** 处理异议: the conferring union upholds (the nomination is withdrawn) or dismisses an objection, giving its reason. */
export function RuleOnObjectionForm({ nominationId, objectionId, onDone }: { nominationId: string; objectionId: string; onDone: () => void }) {
  const { t } = useLocale();
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const showRefusal = useRefusalDialog();
  return (
    <ModalForm
      name="ruling"
      title={t('honours.ruling.title')}
      form={form}
      width={520}
      trigger={<Button type="primary" size="small">{t('honours.ruling.rule')}</Button>}
      modalProps={{ destroyOnClose: true }}
      onFinish={async ({ upheld, note }) => {
        const ok = await submitShowingRefusal(
          form,
          () => unwrap(awards.POST('/nominations/{id}/objections/{objectionId}/ruling', { params: { path: { id: nominationId, objectionId } }, body: { upheld, note } })),
          showRefusal,
        );
        if (ok) {
          message.success(t(upheld ? 'honours.ruling.upheldDone' : 'honours.ruling.dismissedDone'));
          onDone();
        }
        return ok;
      }}
    >
      <ProFormRadio.Group
        name="upheld"
        label={t('honours.ruling.outcome')}
        rules={[{ required: true, message: t('honours.ruling.outcomeRequired') }]}
        options={[
          { value: true, label: t('honours.ruling.upheld') },
          { value: false, label: t('honours.ruling.dismissed') },
        ]}
      />
      <ProFormTextArea
        name="note"
        label={t('honours.ruling.note')}
        fieldProps={{ rows: 4, maxLength: 2000, showCount: true }}
        rules={[{ required: true, whitespace: true, message: t('honours.ruling.noteRequired') }]}
      />
    </ModalForm>
  );
}
