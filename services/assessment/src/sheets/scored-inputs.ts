import { scoreSheet, ScoringInputError, SheetInputs, SheetScore, TemplateDefinition } from '@lc/scoring';
import { formProblemsRefused } from '@lc/platform';

/**
 * Scores a sheet's inputs, turning the engine's refusal into a 400 that names each input as the
 * request did (`inputs.<item key>…`). The totals are always this function's, never typed.
 */
export function scoreInputs(definition: TemplateDefinition, inputs: SheetInputs, field = 'inputs'): SheetScore {
  try {
    return scoreSheet(definition, inputs);
  } catch (err) {
    if (!(err instanceof ScoringInputError)) throw err;
    throw formProblemsRefused(err.problems.map((p) => `${p.path.replace(/^items\b/, field)}: ${p.message}`));
  }
}
