import type { TemplateDefinition } from '../template.types';
import { competitionEvaluationIndicators } from './competition-evaluation-indicators';
import { pioneerTeamAssessment2018 } from './pioneer-team-assessment-2018';

/** The templates the service ships with, e.g. to seed its template table; each has a unique code. */
export const builtInTemplates: readonly TemplateDefinition[] = [pioneerTeamAssessment2018, competitionEvaluationIndicators];
