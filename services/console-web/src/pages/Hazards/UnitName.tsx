import { useSession } from '../../session-context';
import { useUnitName } from '../Approvals/item-views/unit-name';

/** A unit's name in a table cell. */
export default function UnitName({ id }: { id: string }) {
  const { user } = useSession();
  return <>{useUnitName(id, user?.orgUnitId)}</>;
}
