import { proxyActivities } from '@temporalio/workflow';
import type {
  CompetitionAcknowledgementActivities,
  CompetitionAcknowledgementInput,
  CompetitionAcknowledgementResult,
} from './competition-acknowledgement.types';

const { recordCompetitionAcknowledgement } = proxyActivities<CompetitionAcknowledgementActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', backoffCoefficient: 2 },
});

/**
 * The smallest durable workflow: the registration service acknowledges a newly created competition.
 * It proves the path service → Temporal → worker → activity → database; the approval chain replaces it.
 */
export async function competitionAcknowledgement(
  input: CompetitionAcknowledgementInput,
): Promise<CompetitionAcknowledgementResult> {
  return recordCompetitionAcknowledgement(input);
}
