import { fenOf, yuanOf } from './money';

describe('money', () => {
  it('turns yuan with two decimals into whole fen without float drift', () => {
    expect(fenOf(0.01)).toBe(1);
    expect(fenOf(300.5)).toBe(30050);
    expect(fenOf(19.99)).toBe(1999);
  });

  it('shows fen as yuan strings with two decimals', () => {
    expect(yuanOf(0)).toBe('0.00');
    expect(yuanOf(5)).toBe('0.05');
    expect(yuanOf('270050')).toBe('2700.50');
    expect(yuanOf(-150)).toBe('-1.50');
  });
});
