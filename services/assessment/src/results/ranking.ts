/**
 * Competition ranking (1, 2, 2, 4): equal scores share a rank and the next rank skips the places they
 * took. Within a shared rank, units are listed by id, so the list reads the same every time.
 */
export function rankByScore<T extends { unitId: string; score: number }>(entries: readonly T[]): (T & { rank: number })[] {
  const sorted = [...entries].sort((a, b) => b.score - a.score || a.unitId.localeCompare(b.unitId));
  return sorted.map((entry, index) => {
    const first = sorted.findIndex((other) => other.score === entry.score);
    return { ...entry, rank: first === -1 ? index + 1 : first + 1 };
  });
}

/** Units are ranked among their own level: enterprises with enterprises, teams with teams. */
export const levelOfUnitKind = (kind: 'enterprise_union' | 'team'): 'enterprise' | 'team' => (kind === 'team' ? 'team' : 'enterprise');
