import { PageContainer, ProCard } from '@ant-design/pro-components';
import { App, Descriptions, Tag } from 'antd';
import { roleLabel } from '../../access';
import { useLocale } from '../../locales';
import { useSession } from '../../session-context';
import ChoosePassword from '../Login/ChoosePassword';

/** 个人中心: who I am (unit, roles) and my own password. */
export default function MePage() {
  const { user, signedIn } = useSession();
  const { locale } = useLocale();
  const { message } = App.useApp();
  if (!user) return null;
  return (
    <PageContainer title="个人中心">
      <ProCard gutter={16} ghost wrap>
        <ProCard colSpan={{ xs: 24, md: 12 }} title="我的信息" headerBordered>
          <Descriptions column={1} size="small">
            <Descriptions.Item label="姓名">{user.displayName}</Descriptions.Item>
            <Descriptions.Item label="用户名">{user.username}</Descriptions.Item>
            <Descriptions.Item label="所在单位">{user.orgUnitName ?? user.orgUnitId}</Descriptions.Item>
            <Descriptions.Item label="角色">
              {user.roles.map((r) => (
                <Tag key={r}>{roleLabel(r, locale)}</Tag>
              ))}
            </Descriptions.Item>
          </Descriptions>
        </ProCard>
        <ProCard colSpan={{ xs: 24, md: 12 }} title="修改密码" headerBordered>
          <ChoosePassword
            username={user.username}
            onDone={async () => {
              await signedIn();
              message.success('密码已修改，其他设备上的登录已退出');
            }}
          />
        </ProCard>
      </ProCard>
    </PageContainer>
  );
}
