import { Select, Spin } from 'antd';
import { useEffect, useState } from 'react';
import UnitPicker from '../../components/UnitPicker';
import { useLocale } from '../../locales';
import { registration, unwrap } from '../../services/api';

interface Props {
  kind?: string;
  value?: string;
  onChange?: (id: string) => void;
  id?: string;
}

/** Who is put forward: a person of my subtree searched by name, a team, or an enterprise, as the honour asks. */
export default function NomineePicker({ kind, value, onChange, id }: Props) {
  if (kind === 'team') return <UnitPicker id={id} kinds={['team']} value={value} onChange={onChange} />;
  if (kind === 'unit') return <UnitPicker id={id} kinds={['enterprise_union']} value={value} onChange={onChange} />;
  return <PersonPicker id={id} value={value} onChange={onChange} />;
}

function PersonPicker({ value, onChange, id }: Omit<Props, 'kind'>) {
  const { t } = useLocale();
  const [q, setQ] = useState('');
  const [people, setPeople] = useState<{ value: string; label: string }[]>([]);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => {
      setLoading(true);
      unwrap(registration.GET('/users', { params: { query: { q: q || undefined, limit: 30, offset: 0 } } }))
        .then(
          (page) => setPeople(page.items.filter((u) => u.active).map((u) => ({ value: u.id, label: t('honours.nominate.personOption', { name: u.displayName, username: u.username }) }))),
          () => setPeople([]),
        )
        .finally(() => setLoading(false));
    }, 250);
    return () => clearTimeout(timer);
  }, [q, t]);
  return (
    <Select
      id={id}
      showSearch
      allowClear
      value={value}
      onChange={onChange}
      filterOption={false}
      onSearch={setQ}
      placeholder={t('honours.nominate.personPlaceholder')}
      notFoundContent={loading ? <Spin size="small" /> : t('org.picker.none')}
      options={people}
    />
  );
}
