import { Client, isGrpcServiceError, ServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { WorkflowEngineUnavailable } from '../http/http.errors';

/** How long a request may wait on Temporal (an approval decision, an objection) before it is answered 503. */
export const TEMPORAL_REQUEST_DEADLINE_MS = 10_000;

/** gRPC DEADLINE_EXCEEDED and UNAVAILABLE: Temporal did not answer in time, or cannot be reached. */
const UNANSWERED_CODES = new Set([4, 14]);

function unanswered(err: unknown): boolean {
  if (err instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return true;
  const grpc = err instanceof ServiceError ? err.cause : err;
  return isGrpcServiceError(grpc) && UNANSWERED_CODES.has(grpc.code);
}

/**
 * A call to Temporal made to answer a request, bounded in time: while the server restarts or is away,
 * the request is answered 503 with a reason after `ms` instead of hanging. Nothing is lost: an update
 * that reached the workflow takes effect, and the same request with the same decision id is answered
 * from it.
 */
export async function callTemporal<T>(client: Client, call: () => Promise<T>, ms = TEMPORAL_REQUEST_DEADLINE_MS): Promise<T> {
  try {
    return await client.connection.withDeadline(Date.now() + ms, call);
  } catch (err) {
    if (unanswered(err)) throw new WorkflowEngineUnavailable();
    throw err;
  }
}
