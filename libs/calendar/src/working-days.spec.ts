import {
  addWorkingDays,
  isWorkingDay,
  OFFICIAL_CALENDAR_YEARS,
  officialCalendarCovers,
  workingDayDeadline,
  workingDaysBefore,
  workingDaysBetween,
} from './working-days';

describe('working days by the official calendar', () => {
  it('carries 2026 (the year the platform runs in) and says which is its last year', () => {
    expect(OFFICIAL_CALENDAR_YEARS.first).toBeLessThanOrEqual(2026);
    expect(OFFICIAL_CALENDAR_YEARS.last).toBeGreaterThanOrEqual(2026);
    expect(officialCalendarCovers('2026-10-01')).toBe(true);
  });

  it('takes the National Day week 2026 (1–7 October) off and works the adjusted Saturday 10 October', () => {
    for (const day of ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07']) expect(isWorkingDay(day)).toBe(false);
    expect(isWorkingDay('2026-10-10')).toBe(true); // Saturday, 调休
    expect(isWorkingDay('2026-10-11')).toBe(false); // an ordinary Sunday
    // From Wednesday 30 September: the 1st working day is 8 October, the 3rd the adjusted Saturday.
    expect(addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
    expect(addWorkingDays('2026-09-30', 5)).toBe('2026-10-13');
  });

  it('works the adjusted Sunday 20 September before the Mid-Autumn days off (25–27 September)', () => {
    expect(isWorkingDay('2026-09-20')).toBe(true); // Sunday, 调休
    expect(addWorkingDays('2026-09-19', 1)).toBe('2026-09-20');
    expect(isWorkingDay('2026-09-25')).toBe(false); // a Friday off
    expect(addWorkingDays('2026-09-24', 1)).toBe('2026-09-28');
  });

  it('takes the Spring Festival 2026 (15–23 February) off and works the adjusted Saturdays 14 and 28 February', () => {
    expect(isWorkingDay('2026-02-14')).toBe(true);
    expect(isWorkingDay('2026-02-28')).toBe(true);
    for (const day of ['2026-02-16', '2026-02-17', '2026-02-20', '2026-02-23']) expect(isWorkingDay(day)).toBe(false);
    // Friday 13 February + 2 working days: the adjusted Saturday, then Tuesday 24 February.
    expect(addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
    expect(workingDaysBetween('2026-02-13', '2026-02-28')).toBe(6); // 14, 24, 25, 26, 27, 28
  });

  it('counts an ordinary week as five and a holiday week by what is worked', () => {
    expect(workingDaysBetween('2026-06-07', '2026-06-14')).toBe(5);
    expect(workingDaysBetween('2026-09-30', '2026-10-11')).toBe(3); // 8, 9, 10 October
    expect(workingDaysBetween('2026-10-11', '2026-09-30')).toBe(0);
    expect(addWorkingDays('2026-10-03', 0)).toBe('2026-10-03');
  });

  it('counts back over the holiday: a reminder 3 working days ahead of a deadline at the end of 13 October', () => {
    expect(addWorkingDays('2026-10-08', -1)).toBe('2026-09-30');
    // 13 October, then back: 12, 10 (Saturday, 调休), 9; reminded at the end of 9 October, 10, 12 and 13 left.
    expect(workingDaysBefore(new Date('2026-10-13T16:00:00Z'), 3).toISOString()).toBe('2026-10-09T16:00:00.000Z');
    // A deadline at 18:00 on 9 October in China, 2 working days ahead: the end of 30 September.
    expect(workingDaysBefore(new Date('2026-10-09T10:00:00Z'), 2).toISOString()).toBe('2026-09-30T16:00:00.000Z');
  });

  it('ends a period at midnight in China after its last working day, the day it starts on not counted', () => {
    // 10:00 on Wednesday 30 September in Beijing; 5 working days: 8, 9, 10, 12, 13 October.
    const period = workingDayDeadline(new Date('2026-09-30T02:00:00Z'), 5);
    expect(period).toEqual({ lastDay: '2026-10-13', endsAt: new Date('2026-10-13T16:00:00Z'), official: true });
    // 23:30 UTC on 30 September is already 1 October in China.
    expect(workingDayDeadline(new Date('2026-09-30T23:30:00Z'), 1).lastDay).toBe('2026-10-08');
  });

  it('after the last published year counts Monday to Friday and says the answer is not official', () => {
    const after = OFFICIAL_CALENDAR_YEARS.last + 1;
    expect(officialCalendarCovers(`${after}-10-01`)).toBe(false);
    // Find the first Friday of October of that year; the next working day is the Monday.
    let friday = 1;
    while (new Date(Date.UTC(after, 9, friday)).getUTCDay() !== 5) friday += 1;
    const day = `${after}-10-${String(friday).padStart(2, '0')}`;
    expect(isWorkingDay(day)).toBe(true); // in 1–7 October, yet counted as a Friday
    expect(addWorkingDays(day, 1)).toBe(`${after}-10-${String(friday + 3).padStart(2, '0')}`);
    expect(workingDayDeadline(new Date(`${day}T02:00:00Z`), 1).official).toBe(false);
    // A period that starts in the last published year and ends after it is not official either.
    expect(workingDayDeadline(new Date(`${OFFICIAL_CALENDAR_YEARS.last}-12-30T02:00:00Z`), 5).official).toBe(false);
    expect(workingDayDeadline(new Date(`${OFFICIAL_CALENDAR_YEARS.last}-06-01T02:00:00Z`), 5).official).toBe(true);
  });

  it('refuses what is not a day or a whole number of days', () => {
    expect(() => isWorkingDay('2026-02-30')).toThrow('not a calendar day (YYYY-MM-DD): 2026-02-30');
    expect(() => workingDaysBefore(new Date('2026-10-13T16:00:00Z'), -1)).toThrow('whole number ≥ 0');
    expect(() => addWorkingDays('2026-10-01', 1.5)).toThrow('must be a whole number, not 1.5');
  });
});
