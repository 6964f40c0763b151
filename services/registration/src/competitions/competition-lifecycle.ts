import type { CompetitionStatus } from './competition.orm-entity';

/**
 * draft → filing → filed → open → running → assessing → closed (DOMAIN §2). Filing is the approval
 * chain's business (approved → filed; rejected or withdrawn → draft); the organiser moves the rest.
 */
export type LifecycleAction = 'open' | 'start' | 'assess' | 'close';

const transitions: Record<LifecycleAction, { from: CompetitionStatus; to: CompetitionStatus; says: string }> = {
  open: { from: 'filed', to: 'open', says: 'open it for enrolment' },
  start: { from: 'open', to: 'running', says: 'start it' },
  assess: { from: 'running', to: 'assessing', says: 'move it to assessment' },
  close: { from: 'assessing', to: 'closed', says: 'close it' },
};

export const lifecycleActions = Object.keys(transitions) as LifecycleAction[];

/** The audit trail's name for each action. */
export const lifecycleAuditAction: Readonly<Record<LifecycleAction, string>> = {
  open: 'competition.opened',
  start: 'competition.started',
  assess: 'competition.assessment-started',
  close: 'competition.closed',
};

/** The new status, or why the action does not apply to a competition in this status. */
export function applyLifecycle(status: CompetitionStatus, action: LifecycleAction): { to: CompetitionStatus } | { refused: string } {
  const t = transitions[action];
  if (status === t.from) return { to: t.to };
  const hint =
    status === 'draft'
      ? 'file the plan first (POST /competitions/{id}/filing)'
      : status === 'filing'
        ? 'its filing is still waiting for approval'
        : `it is ${status}`;
  return { refused: `cannot ${t.says}: only a ${t.from} competition can, and ${hint}` };
}

/** Enrolment is taken while the competition is open or running. */
export const takesEnrolments = (status: CompetitionStatus): boolean => status === 'open' || status === 'running';
