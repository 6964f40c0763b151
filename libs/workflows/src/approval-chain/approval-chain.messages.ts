import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ApprovalChainInput, ChainState, DecisionRequest, DecisionResult, ResubmitRequest, WithdrawRequest } from './approval-chain.types';

/**
 * What a service sends an approval chain. Decisions are updates: validated before they are accepted
 * (a refused one leaves no trace in the history), and answered once applied and recorded. Send the
 * decision id as the update id too, so a retried request is answered from the first.
 */
export const decideUpdate = defineUpdate<DecisionResult, [DecisionRequest]>('decide');
export const resubmitUpdate = defineUpdate<DecisionResult, [ResubmitRequest]>('resubmit');
export const withdrawUpdate = defineUpdate<DecisionResult, [WithdrawRequest]>('withdraw');
export const chainStateQuery = defineQuery<ChainState>('state');
/** What the chain was started with: its steps as the form prints them (titles, units, deadlines), the submitter. */
export const chainInputQuery = defineQuery<ApprovalChainInput>('input');
