import { contractKey, EventContract } from './event-contract';
import { auditChainSealedV1 } from './events/audit.events';
import { approvalTransitionedV1 } from './events/approval.events';
import { approvalDelegationGrantedV1, approvalDelegationRevokedV1 } from './events/approval-delegation.events';
import { assessmentCompletedV1, skillsContestCreatedV1, skillsContestSignedOffV1 } from './events/assessment.events';
import { awardApprovedV1, awardConferredV1, awardWithdrawnV1 } from './events/award.events';
import { competitionCreatedV1, competitionStatusChangedV1 } from './events/competition.events';
import { hazardClosedV1, hazardConfirmedV1, hazardRejectedV1, hazardReportedV1, rewardIssuedV1, rewardPaidV1 } from './events/hazard.events';
import { enrolmentCreatedV1, enrolmentWithdrawnV1 } from './events/enrolment.events';
import { orgUnitCreatedV1, orgUnitDeactivatedV1, orgUnitMovedV1, orgUnitUpdatedV1 } from './events/org-unit.events';
import { sessionRevokedV1 } from './events/session.events';
import { userCreatedV1, userUpdatedV1 } from './events/user.events';

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
  userCreatedV1,
  userUpdatedV1,
  sessionRevokedV1,
  approvalTransitionedV1,
  approvalDelegationGrantedV1,
  approvalDelegationRevokedV1,
  hazardReportedV1,
  hazardConfirmedV1,
  hazardRejectedV1,
  hazardClosedV1,
  rewardIssuedV1,
  rewardPaidV1,
  assessmentCompletedV1,
  skillsContestCreatedV1,
  skillsContestSignedOffV1,
  awardApprovedV1,
  awardWithdrawnV1,
  awardConferredV1,
  auditChainSealedV1,
];

const byKey = new Map(eventCatalogue.map((c) => [contractKey(c.type, c.version), c]));

export function findContract(type: string, version: number): EventContract | undefined {
  return byKey.get(contractKey(type, version));
}
