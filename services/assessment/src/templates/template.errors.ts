import { Conflict, InvalidRequest, NotAllowed, NotFound } from '@lc/platform';

export class TemplateNotFound extends NotFound {
  readonly code = 'template-not-found';
  constructor(en: string, field?: string) {
    super({ en, zh: '该考核表模板不存在', field });
  }
}

export class TemplateCodeTaken extends Conflict {
  readonly code = 'template-code-taken';
  constructor(code: string) {
    super({
      en: `definition.code: a template '${code}' exists already; revise it with PUT /assessment-templates/${code}`,
      zh: `模板代码「${code}」已存在，请修改该模板`,
      field: 'definition.code',
    });
  }
}

export class TemplateCodeMismatch extends InvalidRequest {
  readonly code = 'template-code-mismatch';
  constructor(code: string) {
    super({ en: `definition.code: must be '${code}', the template being revised`, zh: `「definition.code」必须是正在修改的模板代码「${code}」`, field: 'definition.code' });
  }
}

/** Built-in forms stay as printed; other templates are revised by their owner's line only. */
export class TemplateNotRevisable extends NotAllowed {
  readonly code = 'template-not-revisable';
  constructor(en: string, zh: string) {
    super({ en, zh });
  }
}
