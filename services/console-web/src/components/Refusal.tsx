import { Result } from 'antd';

export function Forbidden() {
  return <Result status="403" title="403" subTitle="您没有查看此页面的权限" />;
}

export function NotFound() {
  return <Result status="404" title="404" subTitle="页面不存在" />;
}
