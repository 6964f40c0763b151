import { contractKey, EventContract } from './event-contract';
import { approvalTransitionedV1 } from './events/approval.events';
import { competitionCreatedV1, competitionStatusChangedV1 } from './events/competition.events';
import { enrolmentCreatedV1, enrolmentWithdrawnV1 } from './events/enrolment.events';
import { orgUnitCreatedV1, orgUnitDeactivatedV1, orgUnitMovedV1, orgUnitUpdatedV1 } from './events/org-unit.events';

/** Every event contract of the platform, the single list that documents the API between services. */
export const eventCatalogue: readonly EventContract[] = [
  competitionCreatedV1,
  competitionStatusChangedV1,
  enrolmentCreatedV1,
  enrolmentWithdrawnV1,
  orgUnitCreatedV1,
  orgUnitUpdatedV1,
  orgUnitMovedV1,
  orgUnitDeactivatedV1,
  approvalTransitionedV1,
];

const byKey = new Map(eventCatalogue.map((c) => [contractKey(c.type, c.version), c]));

export function findContract(type: string, version: number): EventContract | undefined {
  return byKey.get(contractKey(type, version));
}
