import { randomUUID } from 'node:crypto';
import { apiClient } from './platform-env';
import { waitFor } from './wait-for';

/**
 * Approves every step of an approval chain of the service at `serviceUrl`, each step by whichever of
 * the given people it waits for; returns when the chain is no longer pending.
 */
export async function approveChain(serviceUrl: string, workflowId: string, deciders: readonly { id: string; token: string }[]): Promise<void> {
  for (;;) {
    const state = await waitFor(`approval ${workflowId} to be recorded`, async () => {
      const res = await apiClient(serviceUrl, deciders[0].token).get(`/approvals/${workflowId}`);
      return res.status === 200 ? res.body : undefined;
    });
    if (state.state.status !== 'pending') return;
    const last = state.state.transitions[state.state.transitions.length - 1];
    const decider = deciders.find((d) => last.waitingFor.includes(d.id));
    if (!decider) throw new Error(`nobody given can decide ${workflowId} now; it waits for ${last.waitingFor.join(', ')}`);
    const res = await apiClient(serviceUrl, decider.token).post(`/approvals/${workflowId}/decisions`, {
      decisionId: randomUUID(),
      stepId: last.currentStepId,
      outcome: 'approve',
      opinion: '同意',
    });
    if (res.status !== 200 && res.status !== 201) throw new Error(`deciding ${workflowId}: ${res.status} ${JSON.stringify(res.body)}`);
  }
}
