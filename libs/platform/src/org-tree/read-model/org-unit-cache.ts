import { Injectable } from '@nestjs/common';
import type { OrgUnitRef } from '../org-directory';

/** How long a unit read from the copy of the tree is used again without reading it: well under the copy's own lag behind registration. */
const TTL_MS = 1_000;

/**
 * Units of the service's copy of the tree, read moments ago. Nearly every request looks up a unit or
 * two (the enterprise of a report, the target of a scope check); the copy itself follows registration
 * through Kafka, so reading it again within a second adds no staleness worth the round trip. When this
 * process applies an org-unit event, everything is forgotten once that commits.
 */
@Injectable()
export class OrgUnitCache {
  private readonly units = new Map<string, { unit: OrgUnitRef; until: number }>();

  get(unitId: string): OrgUnitRef | undefined {
    const hit = this.units.get(unitId);
    if (hit && hit.until > Date.now()) return hit.unit;
    if (hit) this.units.delete(unitId);
    return undefined;
  }

  set(unit: OrgUnitRef): void {
    // Bounded: a tree of a hundred thousand units must not all sit here.
    if (this.units.size >= 10_000) this.units.clear();
    this.units.set(unit.id, { unit, until: Date.now() + TTL_MS });
  }

  forgetAll(): void {
    this.units.clear();
  }
}
