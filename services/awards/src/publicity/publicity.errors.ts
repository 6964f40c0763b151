import { Conflict, NotAllowed, NotFound } from '@lc/platform';

export class NotInPublicity extends Conflict {
  readonly code = 'not-in-publicity';
  constructor(id: string, status: string) {
    super({ en: `nomination ${id} is ${status}, not in publicity`, zh: '该推荐不在公示期，不接受异议' });
  }
}

/** Only the conferring union rules on objections. */
export class NotTheConferringUnion extends NotAllowed {
  readonly code = 'not-the-conferring-union';
  constructor(unitId: string) {
    super({ en: `the conferring union ${unitId} rules on objections`, zh: '只有授予荣誉的工会才能处理异议' });
  }
}

export class ObjectionNotFound extends NotFound {
  readonly code = 'objection-not-found';
  constructor(nominationId: string, objectionId: string) {
    super({ en: `objectionId: nomination ${nominationId} has no objection ${objectionId}`, zh: '该推荐没有这条异议', field: 'objectionId' });
  }
}

/** The publicity period refused the objection or ruling (late, already ruled); the English says which. */
export class PublicityRefused extends Conflict {
  readonly code = 'publicity-refused';
  constructor(reason: string) {
    super({ en: reason, zh: '公示期不接受该操作' });
  }
}

export class PublicityOver extends Conflict {
  readonly code = 'publicity-over';
  constructor() {
    super({ en: 'the publicity period is over; it takes no more objections or rulings', zh: '公示期已结束，不再接受异议或处理' });
  }
}
