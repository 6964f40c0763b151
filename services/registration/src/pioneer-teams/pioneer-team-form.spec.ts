import { compositionProblems } from './pioneer-team-form';
import { validForm } from '../../test/fixtures/pioneer-team-form.fixture';

describe('the composition of a 工人先锋号 application', () => {
  it('accepts a form whose parts add up', () => {
    expect(compositionProblems(validForm())).toEqual([]);
  });

  it('accepts the edges: everyone a party member, nobody educated past primary school', () => {
    const form = validForm();
    form.composition = { ...form.composition, partyMembers: 12, leagueMembers: 0, collegeOrAbove: 0, highSchool: 0, juniorHigh: 0 };
    expect(compositionProblems(form)).toEqual([]);
  });

  it('names every mismatch at once', () => {
    const form = validForm();
    form.headcount = 13;
    form.composition = { ...form.composition, men: 10, partyMembers: 8, leagueMembers: 6, collegeOrAbove: 7, highSchool: 6 };
    expect(compositionProblems(form)).toEqual([
      'composition.total (12) must equal headcount (13)',
      'composition.men (10) + composition.women (3) must equal composition.total (12)',
      'composition.partyMembers + composition.leagueMembers (14) cannot exceed composition.total (12)',
      'composition.collegeOrAbove + highSchool + juniorHigh (14) cannot exceed composition.total (12)',
    ]);
  });

  it('refuses more party or league members than people', () => {
    const form = validForm();
    form.composition = { ...form.composition, partyMembers: 13, leagueMembers: 0 };
    expect(compositionProblems(form)).toEqual([
      'composition.partyMembers (13) cannot exceed composition.total (12)',
      'composition.partyMembers + composition.leagueMembers (13) cannot exceed composition.total (12)',
    ]);
  });

  it('refuses dates out of order', () => {
    const form = validForm();
    form.teamFoundedMonth = '2004-01';
    form.leader = { ...form.leader, appointedMonth: '1980-01' };
    expect(compositionProblems(form)).toEqual([
      'teamFoundedMonth (2004-01) cannot be before unitFoundedMonth (2005-06)',
      'leader.appointedMonth (1980-01) cannot be before leader.birthMonth (1985-09)',
    ]);
  });
});
