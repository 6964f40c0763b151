import { Button, Card, Form, Input, Steps, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useLocale } from '../../locales';
import type { MessageKey } from '../../locales/zh-CN';
import { ApiError, hazardReward, refusalText, unwrap, type HazardRewardApi, type Ok } from '../../services/api';
import { formatDateTime, formatYuan } from '../../utils/format';
import { rectificationText } from './rectification-text';
import styles from './phone.module.css';

type Followed = Ok<HazardRewardApi['/anonymous-reports/follow']['post']>;
type Claim = Ok<HazardRewardApi['/anonymous-reports/reward-claim']['post']>;
type Credentials = { reportKey: string; pin: string };

/** An anonymous reward is paid to the report's account, then collected: a claim code taken, then paid out by finance. */
function anonymousRewardState(reward: NonNullable<Followed['reward']>): MessageKey {
  if (reward.redeemedAt) return 'phone.reward.redeemed';
  if (reward.claimedAt) return 'phone.reward.claimed';
  if (reward.status === 'paid') return 'phone.reward.claimable';
  return `phone.reward.${reward.status}` as MessageKey;
}

/**
 * 匿名查询: an anonymous report followed with its report key and PIN — where it stands, its rectification,
 * its reward — and the reward claimed as a one-time claim code for the union's finance.
 */
export default function FollowPage() {
  const { t } = useLocale();
  const [form] = Form.useForm<Credentials>();
  const [followed, setFollowed] = useState<Followed>();
  const [claim, setClaim] = useState<Claim>();
  const [busy, setBusy] = useState(false);

  const call = async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    try {
      return await work();
    } catch (e) {
      Toast.show({ content: e instanceof ApiError ? refusalText(e.refusal) : String(e), duration: 4000 });
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  const follow = async (credentials: Credentials) => {
    const answer = await call(() => unwrap(hazardReward.POST('/anonymous-reports/follow', { body: credentials })));
    if (answer) setFollowed(answer);
  };
  const claimReward = async () => {
    const answer = await call(() => unwrap(hazardReward.POST('/anonymous-reports/reward-claim', { body: form.getFieldsValue() })));
    if (answer) setClaim(answer);
  };

  const reward = followed?.reward;
  return (
    <div className={styles.padded}>
      <p className={styles.hint}>{t('phone.follow.explain')}</p>
      <Form
        form={form}
        layout="horizontal"
        onFinish={follow}
        footer={
          <Button block type="submit" color="primary" size="large" loading={busy}>
            {t('phone.follow.submit')}
          </Button>
        }
      >
        <Form.Item name="reportKey" label={t('phone.report.reportKey')} rules={[{ required: true, message: t('phone.follow.keyRequired') }]}>
          <Input placeholder="K7QM-3XPA-9TCW" autoComplete="off" clearable />
        </Form.Item>
        <Form.Item name="pin" label={t('phone.report.pin')} rules={[{ required: true, message: t('phone.follow.pinRequired') }]}>
          <Input placeholder="4D8R-ZQ2N-H6WB" autoComplete="off" clearable />
        </Form.Item>
      </Form>
      {followed && (
        <Card title={`${followed.location}：${followed.description}`} style={{ marginTop: 12 }}>
          <Steps direction="vertical" current={followed.status === 'reported' ? 0 : 1}>
            <Steps.Step title={t('phone.mine.reported')} description={formatDateTime(followed.reportedAt)} />
            <Steps.Step
              title={`${t('phone.mine.verified')}：${t(`phone.status.${followed.status}` as MessageKey)}`}
              description={[followed.grade && t(`phone.grade.${followed.grade}` as MessageKey), followed.verdictReason].filter(Boolean).join(' · ') || undefined}
              status={followed.status === 'rejected' ? 'error' : followed.status === 'reported' ? 'wait' : 'finish'}
            />
            {followed.rectification && <Steps.Step title={t('phone.mine.rectification')} description={rectificationText(t, followed.rectification)} status="process" />}
            {reward && (
              <Steps.Step
                title={`${t('phone.mine.reward')}：${formatYuan(reward.amountYuan)}`}
                description={[t(anonymousRewardState(reward)), reward.note].filter(Boolean).join(' · ')}
                status={reward.redeemedAt ? 'finish' : reward.status === 'rejected' ? 'error' : 'process'}
              />
            )}
          </Steps>
          {reward?.status === 'paid' && !reward.claimedAt && !claim && (
            <Button block color="primary" onClick={claimReward} loading={busy}>
              {t('phone.follow.claim')}
            </Button>
          )}
          {claim && (
            <>
              <div className={styles.code} aria-label={t('phone.follow.claimCode')}>
                {claim.claimCode}
              </div>
              <p className={styles.hint}>{t('phone.follow.claimExplain', { unit: claim.issuingUnitId, amount: formatYuan(claim.amountYuan) })}</p>
            </>
          )}
        </Card>
      )}
    </div>
  );
}
