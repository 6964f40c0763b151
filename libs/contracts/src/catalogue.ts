import { contractKey, EventContract } from './event-contract';
import { competitionCreatedV1 } from './events/competition.events';

/** Every event contract of the platform, the single list that documents the API between services. */
export const eventCatalogue: readonly EventContract[] = [competitionCreatedV1];

const byKey = new Map(eventCatalogue.map((c) => [contractKey(c.type, c.version), c]));

export function findContract(type: string, version: number): EventContract | undefined {
  return byKey.get(contractKey(type, version));
}
