import { Select, Spin } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { registration, unwrap, type Ok, type RegistrationApi } from '../services/api';
import { useSession } from '../session-context';

type OrgUnit = Ok<RegistrationApi['/org-units/{id}']['get']>;

interface Props {
  value?: string;
  onChange?: (unitId: string) => void;
  /** Only units of these kinds may be chosen, e.g. enterprises and teams to enrol. */
  kinds?: readonly string[];
  placeholder?: string;
  id?: string;
}

/** Chooses a unit of the user's subtree by name, searched on the server: nobody types unit ids. */
export default function UnitPicker({ value, onChange, kinds, placeholder = '输入单位名称搜索', id }: Props) {
  const { user } = useSession();
  const [q, setQ] = useState('');
  const [units, setUnits] = useState<OrgUnit[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    if (!user) return;
    const timer = setTimeout(() => {
      setLoading(true);
      unwrap(
        registration.GET('/org-units/{id}/subtree', {
          params: { path: { id: user.orgUnitId }, query: { q: q || undefined, kind: kinds?.length === 1 ? (kinds[0] as never) : undefined, limit: 30, offset: 0 } },
        }),
      )
        .then(
          (page) => setUnits(page.items.filter((u) => !kinds || kinds.includes(u.kind))),
          () => setUnits([]),
        )
        .finally(() => setLoading(false));
    }, 250);
    return () => clearTimeout(timer);
  }, [q, user, kinds]);

  const options = useMemo(() => units.map((u) => ({ value: u.id, label: `${u.name}（${u.kindLabel}）` })), [units]);
  return (
    <Select
      id={id}
      style={{ width: '100%' }}
      showSearch
      allowClear
      value={value}
      onChange={onChange}
      filterOption={false}
      onSearch={setQ}
      placeholder={placeholder}
      notFoundContent={loading ? <Spin size="small" /> : '没有匹配的单位'}
      options={options}
    />
  );
}
