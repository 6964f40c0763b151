import { isCalendarDate } from './calendar-date.validator';

describe('isCalendarDate', () => {
  it.each(['2026-01-31', '2024-02-29', '2026-12-01'])('accepts %s', (value) => expect(isCalendarDate(value)).toBe(true));
  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-1-5', '2026-01-01T00:00:00Z', '', 20260101])(
    'refuses %s',
    (value) => expect(isCalendarDate(value)).toBe(false),
  );
});
