import { defineSignal } from '@temporalio/workflow';

/** A revised rectification plan moved the deadline (ISO 8601): reminder and overdue start over. */
export const rectificationDeadlineChangedSignal = defineSignal<[string]>('rectificationDeadlineChanged');
/** The hazard was closed out (销号): the timer ends. */
export const hazardClosedSignal = defineSignal('hazardClosed');
