export const rectificationTimerWorkflowType = 'rectificationTimer';

/** One timer per archived hazard: starting it twice is refused by Temporal, so a retry cannot double it. */
export const rectificationTimerWorkflowId = (hazardId: string): string => `hazard-rectification-${hazardId}`;

export interface RectificationTimerInput {
  hazardId: string;
  /** The rectification deadline (整改时限), ISO 8601. */
  deadline: string;
  /** How long before the deadline the designated person is reminded. */
  remindBeforeSeconds: number;
  /**
   * The reminder in working days (工作日) by the official calendar: at the end of the n-th working day
   * before the deadline's day, n working days left. When given, it decides over the seconds. Absent in
   * short test settings and older runs.
   */
  remindBeforeWorkingDays?: number;
}

/** 'reminded': the deadline is near. 'overdue': it has passed without close-out; the next union level is told. */
export type RectificationTimerEventKind = 'reminded' | 'overdue';

export interface RectificationTimerEvent {
  hazardId: string;
  kind: RectificationTimerEventKind;
  /** The deadline the event is about: a revised deadline starts its own reminder and overdue. */
  deadline: string;
}

export interface RectificationTimerActivities {
  recordRectificationTimerEvent(event: RectificationTimerEvent): Promise<void>;
}
