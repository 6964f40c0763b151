import { useLocale } from '../../locales';
import type { Ok, RegistrationApi } from '../../services/api';
import { formatDate } from '../../utils/format';
import { yearMonth } from './labels';
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

/**
 * The chain's steps as the registration service titles them (data, not captions): each opinion box
 * shows the signatures of the step of that title.
 */
const STEP = {
  union: '单位工会意见',
  unit: '单位意见',
  town: '乡镇（街道、园区）工会意见',
  industry: '县直属产业（行业）工会（工委）意见',
  countyOffice: '县劳动竞赛委员会办公室意见',
};

/** A figure of the form as written; one left blank stays blank. */
const figure = (n?: number) => n ?? '';

/** Attachment 1 of seed 004: 创建"工人先锋号"示范培育申报表, with its four opinion boxes filling in as the chain goes. */
export default function PioneerTeamPaperForm({ application, approval }: { application: Record<string, unknown>; approval: Approval }) {
  const form = (application.form ?? {}) as Form;
  const c = form.composition ?? {};
  const leader = form.leader ?? {};
  const { steps, state, people } = approval;
  const { t } = useLocale();
  const month = (m?: string) => yearMonth(t, m);

  const box = (title: string) => {
    const i = steps.findIndex((s) => s.title === title);
    const signatures = i >= 0 ? (state.steps[i]?.signatures ?? []) : [];
    if (i < 0) return <div className={`${styles.opinion} ${styles.empty}`}>{t('approvals.pioneer.notOnChain')}</div>;
    if (!signatures.length) return <div className={`${styles.opinion} ${styles.empty}`}>{i === state.currentStep && state.status === 'pending' ? t('approvals.pioneer.toFill') : ''}</div>;
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
    <table className={styles.form} aria-label={t('approvals.pioneer.formName')}>
      <caption>{t('approvals.pioneer.caption')}</caption>
      <tbody>
        <tr>
          <th>{t('approvals.pioneer.unitName')}</th>
          <td colSpan={4}>{String(application.enterpriseUnitName ?? '')}</td>
          <th>{t('approvals.pioneer.founded')}</th>
          <td>{month(form.unitFoundedMonth)}</td>
        </tr>
        <tr>
          <th>{t('approvals.pioneer.teamName')}</th>
          <td>{String(application.teamUnitName ?? '')}</td>
          <th>{t('approvals.pioneer.headcount')}</th>
          <td>{form.headcount}</td>
          <th>{t('approvals.pioneer.postLeader')}</th>
          <td>{form.postLeaderName}</td>
          <td>{t('approvals.pioneer.teamFounded', { month: month(form.teamFoundedMonth) })}</td>
        </tr>
        <tr>
          <th rowSpan={3}>{t('approvals.pioneer.composition')}</th>
          <td colSpan={6}>
            {t('approvals.pioneer.compositionPeople', { total: figure(c.total), men: figure(c.men), women: figure(c.women), party: figure(c.partyMembers), league: figure(c.leagueMembers) })}
          </td>
        </tr>
        <tr>
          <td colSpan={6}>
            {t('approvals.pioneer.compositionAverages', { age: figure(c.averageAge), grade: figure(c.averageTechnicalGrade) })}
          </td>
        </tr>
        <tr>
          <td colSpan={6}>
            {t('approvals.pioneer.compositionSchooling', { college: figure(c.collegeOrAbove), high: figure(c.highSchool), junior: figure(c.juniorHigh) })}
          </td>
        </tr>
        <tr>
          <th rowSpan={3}>{t('approvals.pioneer.leader')}</th>
          <th>{t('approvals.person.name')}</th>
          <td>{leader.name}</td>
          <th>{t('approvals.person.gender')}</th>
          <td>{leader.gender === 'female' ? t('approvals.person.female') : leader.gender === 'male' ? t('approvals.person.male') : ''}</td>
          <th>{t('approvals.person.birthMonth')}</th>
          <td>{month(leader.birthMonth)}</td>
        </tr>
        <tr>
          <th>{t('approvals.person.education')}</th>
          <td>{leader.education}</td>
          <th>{t('approvals.person.politicalStatus')}</th>
          <td>{leader.politicalStatus}</td>
          <th>{t('approvals.person.trade')}</th>
          <td>{leader.trade}</td>
        </tr>
        <tr>
          <th>{t('approvals.person.appointedMonth')}</th>
          <td>{month(leader.appointedMonth)}</td>
          <th>{t('approvals.person.qqOrWechat')}</th>
          <td>{leader.qqOrWechat}</td>
          <th>{t('approvals.person.mobile')}</th>
          <td>{leader.mobile}</td>
        </tr>
        <tr>
          <th>{t('approvals.person.unitAddress')}</th>
          <td colSpan={4}>{form.unitAddress}</td>
          <th>{t('approvals.person.postcode')}</th>
          <td>{form.postcode}</td>
        </tr>
        <tr>
          <th>{t('approvals.person.pastAwards')}</th>
          <td colSpan={6} style={{ whiteSpace: 'pre-wrap' }}>
            {form.pastAwards}
          </td>
        </tr>
        <tr>
          <th>{t('approvals.pioneer.unionOpinion')}</th>
          <td colSpan={2}>{box(STEP.union)}</td>
          <th>{t('approvals.pioneer.unitOpinion')}</th>
          <td colSpan={3}>{box(STEP.unit)}</td>
        </tr>
        <tr>
          <th>{t('approvals.pioneer.townOrIndustryOpinion')}</th>
          <td colSpan={2}>{box(steps.some((s) => s.title === STEP.town) ? STEP.town : STEP.industry)}</td>
          <th>{t('approvals.pioneer.countyOfficeOpinion')}</th>
          <td colSpan={3}>{box(STEP.countyOffice)}</td>
        </tr>
      </tbody>
    </table>
  );
}
