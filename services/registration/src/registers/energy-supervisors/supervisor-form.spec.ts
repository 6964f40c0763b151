import { supervisorFormProblems } from './supervisor-form';
import { validSupervisorForm } from '../../../test/fixtures/supervisor-form.fixture';

describe('the dates of an energy-saving supervisor registration', () => {
  const now = new Date('2026-06-15T00:00:00Z');

  it('accepts a form whose dates hold together, down to appointment in the month the person turned 16', () => {
    expect(supervisorFormProblems(validSupervisorForm(), now)).toEqual([]);
    expect(supervisorFormProblems({ ...validSupervisorForm(), birthMonth: '2000-07', appointedMonth: '2016-07' }, now)).toEqual([]);
  });

  it('names every problem at once', () => {
    expect(supervisorFormProblems({ ...validSupervisorForm(), birthMonth: '2000-07', appointedMonth: '2016-06' }, now)).toEqual([
      'appointedMonth (2016-06) cannot be before the person turned 16 (birthMonth 2000-07)',
    ]);
    expect(supervisorFormProblems({ ...validSupervisorForm(), birthMonth: '2026-07', appointedMonth: '2026-08' }, now)).toEqual([
      'birthMonth (2026-07) cannot be in the future',
      'appointedMonth (2026-08) cannot be in the future',
      'appointedMonth (2026-08) cannot be before the person turned 16 (birthMonth 2026-07)',
    ]);
  });

  it("reads the month in China's time", () => {
    // 2026-06-30T17:00Z is already 1 July in China.
    expect(supervisorFormProblems({ ...validSupervisorForm(), appointedMonth: '2026-07' }, new Date('2026-06-30T17:00:00Z'))).toEqual([]);
  });
});
