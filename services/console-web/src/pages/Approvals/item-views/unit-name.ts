import { useEffect, useState } from 'react';
import { registration, unwrap } from '../../../services/api';

const names = new Map<string, Promise<string>>();
const ancestries = new Map<string, Promise<{ id: string; name: string }[]>>();

function ancestorsOf(unitId: string): Promise<{ id: string; name: string }[]> {
  let cached = ancestries.get(unitId);
  if (!cached) {
    cached = unwrap(registration.GET('/org-units/{id}/ancestors', { params: { path: { id: unitId } } })).catch(() => []);
    ancestries.set(unitId, cached);
  }
  return cached;
}

/**
 * A unit's name for a form that names units by id: the units above the user come from their own
 * ancestry (which they may always read), the others from the unit itself. Until it is known, or when
 * the user may not read it, the id stands in.
 */
export function useUnitName(unitId: string | null | undefined, ownUnitId: string | undefined): string {
  const [name, setName] = useState(unitId ?? '—');
  useEffect(() => {
    if (!unitId) return;
    let cached = names.get(unitId);
    if (!cached) {
      cached = (async () => {
        if (ownUnitId) {
          const hit = (await ancestorsOf(ownUnitId)).find((u) => u.id === unitId);
          if (hit) return hit.name;
        }
        return (await unwrap(registration.GET('/org-units/{id}', { params: { path: { id: unitId } } }))).name;
      })().catch(() => unitId);
      names.set(unitId, cached);
    }
    let live = true;
    cached.then((n) => live && setName(n));
    return () => {
      live = false;
    };
  }, [unitId, ownUnitId]);
  return name;
}
