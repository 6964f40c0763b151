import { statusAfterOpinion, takeStep, technicalServiceStatuses } from './technical-service-states';

describe('the steps of a technical-service request', () => {
  it('delivers an accepted request and rates a delivered one, nothing else', () => {
    const allowed = technicalServiceStatuses.flatMap((status) =>
      (['delivery', 'rating'] as const).filter((step) => takeStep(step, 'r1', status).allowed).map((step) => `${step}@${status}`),
    );
    expect(allowed).toEqual(['delivery@accepted', 'rating@delivered']);
    expect(takeStep('delivery', 'r1', 'accepted')).toEqual({ allowed: true, to: 'delivered' });
    expect(takeStep('rating', 'r1', 'delivered')).toEqual({ allowed: true, to: 'rated' });
  });

  it('says why a step is out of order', () => {
    expect(takeStep('delivery', 'r1', 'requested')).toEqual({
      allowed: false,
      reason: "technical-service request r1 still waits for the township (industry) union's opinion: a service is delivered only once the request is accepted",
    });
    expect(takeStep('delivery', 'r1', 'rated')).toMatchObject({ reason: 'technical-service request r1 is already rated: its delivery is recorded once' });
    expect(takeStep('rating', 'r1', 'accepted')).toMatchObject({
      reason: 'technical-service request r1 is accepted and not yet delivered: the enterprise rates a service once it has been delivered',
    });
    expect(takeStep('rating', 'r1', 'declined')).toMatchObject({ reason: 'technical-service request r1 was declined by the township (industry) union: it takes no rating' });
    expect(takeStep('rating', 'r1', 'rated')).toMatchObject({ reason: 'technical-service request r1 is already rated: the enterprise rates a service once' });
  });

  it('takes the opinion box outcome', () => {
    expect([statusAfterOpinion('approved'), statusAfterOpinion('rejected'), statusAfterOpinion('withdrawn')]).toEqual(['accepted', 'declined', 'withdrawn']);
  });
});
