export const competitionAcknowledgementWorkflowType = 'competitionAcknowledgement';

export const competitionAcknowledgementWorkflowId = (competitionId: string): string =>
  `competition-acknowledgement-${competitionId}`;

export interface CompetitionAcknowledgementInput {
  competitionId: string;
  name: string;
}

export interface CompetitionAcknowledgementResult {
  competitionId: string;
  /** A human-readable reference for the acknowledgement, e.g. "REG-2026-3F2A1B". */
  reference: string;
  acknowledgedAt: string;
}

/** Activities the workflow calls; the registration service implements them. */
export interface CompetitionAcknowledgementActivities {
  recordCompetitionAcknowledgement(input: CompetitionAcknowledgementInput): Promise<CompetitionAcknowledgementResult>;
}
