/**
 * Logical Kafka topics, one per aggregate kind. Events of one aggregate share a topic and a key, which
 * keeps them in order. Dead letters of a topic go to `<topic>.dlt`.
 */
export const Topics = {
  registrationCompetitions: 'registration.competitions',
  registrationEnrolments: 'registration.enrolments',
  registrationOrgUnits: 'registration.org-units',
  /** Users as registration binds them to units; other services keep a copy (their users read model). */
  registrationUsers: 'registration.users',
  /** Ended login sessions, which every service's access check refuses. */
  registrationSessions: 'registration.sessions',
  assessmentResults: 'assessment.results',
  assessmentSkillsContests: 'assessment.skills-contests',
  awardsNominations: 'awards.nominations',
  hazardRewardHazards: 'hazard-reward.hazards',
  hazardRewardRewards: 'hazard-reward.rewards',
  /** Approval chains of every service that owns items to approve. */
  approvals: 'approvals',
  /** Delegations of approvals to deputies, granted once in registration and applied by every service that owns chains. */
  approvalDelegations: 'registration.approval-delegations',
  /** Signed heads of every service's audit chain, the latest one per service kept (compacted). */
  auditHeads: 'audit.heads',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

export const deadLetterTopicOf = (topic: string): string => `${topic}.dlt`;

/**
 * Topics that read models are rebuilt from: a service started for the first time (or with an empty
 * database) replays them from the beginning, so the broker must never delete their messages.
 */
export const retainedForeverTopics: readonly string[] = [Topics.registrationOrgUnits, Topics.registrationUsers, Topics.approvalDelegations];

/**
 * Topics where only the latest message of each key matters: the broker compacts them (keeps the last
 * message per key, forever) instead of deleting by age.
 */
export const compactedTopics: readonly string[] = [Topics.auditHeads];
