import { itemsScoredDifferently } from './review-changes';
import { scoreSheet } from './score-sheet';
import { pioneerTeamAssessment2018 as template } from './templates/pioneer-team-assessment-2018';

describe('items a review scores differently from the self score', () => {
  const self = scoreSheet(template, { documents: { provided: 4 }, 'wall-slogan': { present: true } });

  it('names each reviewed item whose points differ, with both scores', () => {
    const review = scoreSheet(template, { documents: { provided: 3 }, 'wall-slogan': { present: true } });
    expect(itemsScoredDifferently(self, review)).toEqual([{ key: 'documents', self: 20, review: 15 }]);
  });

  it('counts an item the unit left blank as its 0, and ignores items the review has not scored yet', () => {
    const review = scoreSheet(template, { summary: { provided: 2 } });
    expect(itemsScoredDifferently(self, review)).toEqual([{ key: 'summary', self: 0, review: 10 }]);
  });

  it('does not count different inputs that score the same points', () => {
    const own = scoreSheet(template, { effectiveness: { values: { awareness: 100, participation: 100, satisfaction: 96 } } });
    const review = scoreSheet(template, { effectiveness: { values: { awareness: 98, participation: 100, satisfaction: 95 } } });
    expect(itemsScoredDifferently(own, review)).toEqual([]);
  });
});
