import { pioneerTeamAssessment2018, scoreSheet } from '@lc/scoring';
import { assertCommentsOnChanges } from './review-comments';

describe('review comments', () => {
  const template = pioneerTeamAssessment2018;
  const firstItem = template.categories[0].items[0];
  const presenceItem = template.categories[2].items[0];
  const self = scoreSheet(template, { [firstItem.key]: { provided: 4 }, [presenceItem.key]: { present: true } });

  it('asks for a comment on every item whose review score differs from the self score', () => {
    const review = scoreSheet(template, { [firstItem.key]: { provided: 3 }, [presenceItem.key]: { present: true } });
    expect(() => assertCommentsOnChanges(self, review, {})).toThrow(
      expect.objectContaining({
        code: 'validation-failed',
        messages: [expect.stringMatching(new RegExp(`^comments\\.${firstItem.key}: the review gives 15 where the unit gave 20`))],
        errors: [expect.objectContaining({ field: `comments.${firstItem.key}`, messageZh: expect.stringContaining(`comments.${firstItem.key}`) })],
      }),
    );
    expect(() => assertCommentsOnChanges(self, review, { [firstItem.key]: '  ' })).toThrow();
    expect(() => assertCommentsOnChanges(self, review, { [firstItem.key]: '缺总结' })).not.toThrow();
  });

  it('needs no comment where the scores agree, and refuses comments on items the form does not have', () => {
    const review = scoreSheet(template, { [firstItem.key]: { provided: 4 } });
    expect(() => assertCommentsOnChanges(self, review, {})).not.toThrow();
    expect(() => assertCommentsOnChanges(self, review, { nope: 'x' })).toThrow(
      expect.objectContaining({ code: 'validation-failed', field: 'comments.nope', messages: ["comments.nope: the form has no item 'nope'"] }),
    );
  });
});
