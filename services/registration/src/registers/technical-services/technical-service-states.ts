/**
 * The life of a technical-service request: requested → (the township or industry union's opinion box)
 * accepted or declined → delivered (by the county or township union) → rated (by the enterprise).
 * A request withdrawn by its enterprise while it waits for the opinion ends there.
 */
export const technicalServiceStatuses = ['requested', 'accepted', 'declined', 'withdrawn', 'delivered', 'rated'] as const;
export type TechnicalServiceStatus = (typeof technicalServiceStatuses)[number];

export type TechnicalServiceStep = 'delivery' | 'rating';

const nextStatus: Record<TechnicalServiceStep, { from: TechnicalServiceStatus; to: TechnicalServiceStatus }> = {
  delivery: { from: 'accepted', to: 'delivered' },
  rating: { from: 'delivered', to: 'rated' },
};

/** Where a step takes the request from its status, or why it may not be taken now (409). */
export function takeStep(
  step: TechnicalServiceStep,
  id: string,
  status: TechnicalServiceStatus,
): { allowed: true; to: TechnicalServiceStatus } | { allowed: false; reason: string } {
  const { from, to } = nextStatus[step];
  if (status === from) return { allowed: true, to };
  return { allowed: false, reason: refusal(step, id, status) };
}

function refusal(step: TechnicalServiceStep, id: string, status: TechnicalServiceStatus): string {
  const request = `technical-service request ${id}`;
  if (status === 'declined') return `${request} was declined by the township (industry) union: it takes no ${step}`;
  if (status === 'withdrawn') return `${request} was withdrawn by its enterprise: it takes no ${step}`;
  if (step === 'delivery') {
    if (status === 'requested') {
      return `${request} still waits for the township (industry) union's opinion: a service is delivered only once the request is accepted`;
    }
    return `${request} is already ${status}: its delivery is recorded once`;
  }
  if (status === 'requested' || status === 'accepted') {
    return `${request} is ${status} and not yet delivered: the enterprise rates a service once it has been delivered`;
  }
  return `${request} is already rated: the enterprise rates a service once`;
}

/** The status the township's opinion gives a request still waiting for it. */
export function statusAfterOpinion(chainStatus: 'approved' | 'rejected' | 'withdrawn'): TechnicalServiceStatus {
  return chainStatus === 'approved' ? 'accepted' : chainStatus === 'rejected' ? 'declined' : 'withdrawn';
}
