import { DomainError, InvalidRequest } from '../errors/domain-error';
import { chineseValidationMessage } from '../errors/validation-messages.zh';

/**
 * A path parameter that is not what the route names by it (a UUID, a year): 400 naming the parameter,
 * with the Chinese of the rule it broke.
 */
export class InvalidPathParameter extends InvalidRequest {
  readonly code = 'invalid-path-parameter';
  constructor(field: string, rule: string, en: string, args: readonly unknown[] = []) {
    super({ en, zh: chineseValidationMessage(rule, field, args), field });
  }
}

/** The workflow engine did not answer in time or cannot be reached; nothing was decided. */
export class WorkflowEngineUnavailable extends DomainError {
  readonly code = 'workflow-engine-unavailable';
  readonly kind = 'unavailable';
  constructor() {
    super({ en: 'the workflow engine is not answering just now; try again in a moment', zh: '审批流程服务暂时没有响应，请稍后再试' });
  }
}
