/** The audit trail's actor for what the service does by itself (issuing, queueing, paying a reward). */
export const systemActor = (orgUnitId: string) => ({ userId: 'system:hazard-reward', orgUnitId });
