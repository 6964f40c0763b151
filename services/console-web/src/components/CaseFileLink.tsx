import { Link } from 'react-router-dom';
import { useLocale } from '../locales';
import { useSession } from '../session-context';

/** "全程档案": the link to an item's case file, for those who may open case files (the owning service decides per item). */
export default function CaseFileLink({ kind, id }: { kind: 'hazard-report' | 'hazard-reward' | 'nomination'; id: string }) {
  const { t } = useLocale();
  const { access } = useSession();
  return access.canSeeCaseFiles ? <Link to={`/case-files/${kind}/${id}`}>{t('caseFile.link')}</Link> : null;
}
