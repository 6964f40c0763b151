import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { LodgeObjectionRequest, ObjectionAnswer, PublicityState, RuleOnObjectionRequest } from './publicity-period.types';

/**
 * What the service sends a publicity period, after storing the objection or the ruling in its own
 * database. Both are updates: validated before they are accepted (a refused one, e.g. an objection
 * after the end or a second, different ruling, leaves no trace in the history and the caller gets the
 * reason), and answered once applied. Both are idempotent by objection id (and ruling); send the ids
 * below as update ids too, so a retried request is answered from the first.
 */
export const lodgeObjectionUpdate = defineUpdate<ObjectionAnswer, [LodgeObjectionRequest]>('lodgeObjection');
export const ruleOnObjectionUpdate = defineUpdate<ObjectionAnswer, [RuleOnObjectionRequest]>('ruleOnObjection');
export const publicityStateQuery = defineQuery<PublicityState>('publicityState');

export const lodgeObjectionUpdateId = (objectionId: string): string => `objection-${objectionId}`;
/**
 * The ruling's value is part of the id: Temporal answers a repeated update id from the first without
 * validating it again, so a changed ruling under the same id would be silently ignored, not refused.
 */
export const ruleOnObjectionUpdateId = (objectionId: string, upheld: boolean): string => `ruling-${objectionId}-${upheld ? 'upheld' : 'dismissed'}`;
