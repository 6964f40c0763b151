import { validateTemplate } from '../validate-template';
import { builtInTemplates } from './built-in-templates';

describe('built-in templates', () => {
  it('are all valid, with unique codes', () => {
    for (const template of builtInTemplates) expect(validateTemplate(template)).toEqual([]);
    expect(new Set(builtInTemplates.map((template) => template.code)).size).toBe(builtInTemplates.length);
  });

  it('are frozen all the way down, so no caller can change them for the next one', () => {
    for (const template of builtInTemplates) {
      expect(Object.isFrozen(template)).toBe(true);
      expect(Object.isFrozen(template.categories[0].items[0].rule)).toBe(true);
    }
  });
});
