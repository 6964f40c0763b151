import { Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useLocale } from '../../locales';
import { ApiError, fieldErrors, refusalText } from '../../services/api';
import { session } from '../../services/session';

interface Props {
  username: string;
  /** The temporary password the user just logged in with; empty asks for it. */
  temporary?: string;
  onDone: () => void | Promise<void>;
}

/** The forced password change after a cadre set a temporary one (and the user's own change on 个人中心). */
export default function ChoosePassword({ username, temporary, onDone }: Props) {
  const { t } = useLocale();
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);

  async function submit(values: { password?: string; newPassword: string }) {
    setBusy(true);
    try {
      await session.choosePassword(username, temporary ?? values.password ?? '', values.newPassword);
      await onDone();
    } catch (e) {
      const refusal = e instanceof ApiError ? e.refusal : { statusCode: 0, message: String(e) };
      const onFields = fieldErrors(refusal).filter((f) => ['password', 'newPassword'].includes(f.name));
      form.setFields(onFields.length ? onFields : [{ name: 'newPassword', errors: [refusalText(refusal)] }]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
      {!temporary && (
        <Form.Item label={t('password.current')} name="password" rules={[{ required: true, message: t('login.passwordRequired') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
      )}
      <Form.Item
        label={t('password.new')}
        name="newPassword"
        extra={<Typography.Text type="secondary">{t('password.rule')}</Typography.Text>}
        rules={[{ required: true, message: t('login.passwordRequired') }, { min: 10, message: t('password.rule') }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={t('password.confirm')}
        name="confirm"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('login.passwordRequired') },
          ({ getFieldValue }) => ({
            validator: (_, value) => (value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch')))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={busy}>
        {t('password.submit')}
      </Button>
    </Form>
  );
}
