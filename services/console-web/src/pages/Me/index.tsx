import { PageContainer, ProCard } from '@ant-design/pro-components';
import { App, Descriptions, Tag } from 'antd';
import { roleLabel } from '../../access';
import { useLocale } from '../../locales';
import { useSession } from '../../session-context';
import ChoosePassword from '../Login/ChoosePassword';

/** 个人中心: who I am (unit, roles) and my own password. */
export default function MePage() {
  const { user, signedIn } = useSession();
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  if (!user) return null;
  return (
    <PageContainer title={t('menu.me')}>
      <ProCard gutter={16} ghost wrap>
        <ProCard colSpan={{ xs: 24, md: 12 }} title={t('org.me.info')} headerBordered>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('org.field.personName')}>{user.displayName}</Descriptions.Item>
            <Descriptions.Item label={t('login.username')}>{user.username}</Descriptions.Item>
            <Descriptions.Item label={t('common.unit')}>{user.orgUnitName ?? user.orgUnitId}</Descriptions.Item>
            <Descriptions.Item label={t('common.roles')}>
              {user.roles.map((r) => (
                <Tag key={r}>{roleLabel(r, locale)}</Tag>
              ))}
            </Descriptions.Item>
          </Descriptions>
        </ProCard>
        <ProCard colSpan={{ xs: 24, md: 12 }} title={t('org.me.password')} headerBordered>
          <ChoosePassword
            username={user.username}
            onDone={async () => {
              await signedIn();
              message.success(t('org.me.passwordChanged'));
            }}
          />
        </ProCard>
      </ProCard>
    </PageContainer>
  );
}
