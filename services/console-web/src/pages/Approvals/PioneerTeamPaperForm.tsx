import type { Ok, RegistrationApi } from '../../services/api';
import { formatDate } from '../../utils/format';
import styles from './paper-form.module.css';

type Approval = Ok<RegistrationApi['/approvals/{workflowId}']['get']>;

interface Person {
  name?: string;
  gender?: string;
  birthMonth?: string;
  education?: string;
  politicalStatus?: string;
  trade?: string;
  appointedMonth?: string;
  qqOrWechat?: string;
  mobile?: string;
}

interface Form {
  unitFoundedMonth?: string;
  headcount?: number;
  postLeaderName?: string;
  teamFoundedMonth?: string;
  composition?: Record<string, number>;
  leader?: Person;
  unitAddress?: string;
  postcode?: string;
  pastAwards?: string;
}

const month = (m?: string) => (m ? m.replace(/^(\d{4})-(\d{2})$/, (_, y, mo) => `${y}年${Number(mo)}月`) : '');

/** Attachment 1 of seed 004: 创建"工人先锋号"示范培育申报表, with its four opinion boxes filling in as the chain goes. */
export default function PioneerTeamPaperForm({ application, approval }: { application: Record<string, unknown>; approval: Approval }) {
  const form = (application.form ?? {}) as Form;
  const c = form.composition ?? {};
  const leader = form.leader ?? {};
  const { steps, state, people } = approval;

  const box = (title: string) => {
    const i = steps.findIndex((s) => s.title === title);
    const signatures = i >= 0 ? (state.steps[i]?.signatures ?? []) : [];
    if (i < 0) return <div className={`${styles.opinion} ${styles.empty}`}>（本单位链路不经此环节）</div>;
    if (!signatures.length) return <div className={`${styles.opinion} ${styles.empty}`}>{i === state.currentStep && state.status === 'pending' ? '待填写' : ''}</div>;
    return (
      <div className={styles.opinion}>
        {signatures.map((s) => (
          <div key={s.at}>
            <div>{s.opinion}</div>
            <div className={styles.signature}>
              {people[s.userId]?.displayName ?? ''} {formatDate(s.at)}
            </div>
          </div>
        ))}
      </div>
    );
  };

  return (
    <table className={styles.form} aria-label="工人先锋号示范培育申报表">
      <caption>创建“工人先锋号”示范培育申报表</caption>
      <tbody>
        <tr>
          <th>单位名称</th>
          <td colSpan={4}>{String(application.enterpriseUnitName ?? '')}</td>
          <th>何时组建</th>
          <td>{month(form.unitFoundedMonth)}</td>
        </tr>
        <tr>
          <th>班组名称</th>
          <td>{String(application.teamUnitName ?? '')}</td>
          <th>人数</th>
          <td>{form.headcount}</td>
          <th>岗长姓名</th>
          <td>{form.postLeaderName}</td>
          <td>何时组建：{month(form.teamFoundedMonth)}</td>
        </tr>
        <tr>
          <th rowSpan={3}>班组人员构成情况</th>
          <td colSpan={6}>
            共 {c.total} 人，其中男 {c.men} 人；女 {c.women} 人；党员 {c.partyMembers} 人；团员 {c.leagueMembers} 人
          </td>
        </tr>
        <tr>
          <td colSpan={6}>
            平均年龄 {c.averageAge} 岁；平均技术等级 {c.averageTechnicalGrade} 级
          </td>
        </tr>
        <tr>
          <td colSpan={6}>
            大专（及以上）{c.collegeOrAbove} 人；高中 {c.highSchool} 人；初中 {c.juniorHigh} 人
          </td>
        </tr>
        <tr>
          <th rowSpan={3}>班组负责人情况</th>
          <th>姓名</th>
          <td>{leader.name}</td>
          <th>性别</th>
          <td>{leader.gender === 'female' ? '女' : leader.gender === 'male' ? '男' : ''}</td>
          <th>出生年月</th>
          <td>{month(leader.birthMonth)}</td>
        </tr>
        <tr>
          <th>文化程度</th>
          <td>{leader.education}</td>
          <th>政治面貌</th>
          <td>{leader.politicalStatus}</td>
          <th>工种</th>
          <td>{leader.trade}</td>
        </tr>
        <tr>
          <th>何年何月任职</th>
          <td>{month(leader.appointedMonth)}</td>
          <th>QQ号/微信号</th>
          <td>{leader.qqOrWechat}</td>
          <th>手机号码</th>
          <td>{leader.mobile}</td>
        </tr>
        <tr>
          <th>单位地址</th>
          <td colSpan={4}>{form.unitAddress}</td>
          <th>邮编</th>
          <td>{form.postcode}</td>
        </tr>
        <tr>
          <th>何时何地受过何种奖励、称号</th>
          <td colSpan={6} style={{ whiteSpace: 'pre-wrap' }}>
            {form.pastAwards}
          </td>
        </tr>
        <tr>
          <th>单位工会意见</th>
          <td colSpan={2}>{box('单位工会意见')}</td>
          <th>单位意见</th>
          <td colSpan={3}>{box('单位意见')}</td>
        </tr>
        <tr>
          <th>乡镇（街道、园区）、县直属产业（行业）工会（工委）意见</th>
          <td colSpan={2}>{box(steps.some((s) => s.title === '乡镇（街道、园区）工会意见') ? '乡镇（街道、园区）工会意见' : '县直属产业（行业）工会（工委）意见')}</td>
          <th>县劳动竞赛委员会办公室意见</th>
          <td colSpan={3}>{box('县劳动竞赛委员会办公室意见')}</td>
        </tr>
      </tbody>
    </table>
  );
}
