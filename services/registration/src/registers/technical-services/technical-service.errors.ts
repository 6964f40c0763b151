import { orgUnitKindLabels, OrgUnitKind, describeKindWithArticle } from '@lc/org';
import { Conflict, InvalidRequest, NotFound } from '@lc/platform';

export class TechnicalServiceNotFound extends NotFound {
  readonly code = 'technical-service-not-found';
  constructor(id: string) {
    super({ en: `there is no technical-service request ${id}`, zh: '该技术服务申请不存在', field: 'id' });
  }
}

export class NotAnEnterprise extends InvalidRequest {
  readonly code = 'not-an-enterprise';
  constructor(unitId: string, kind: OrgUnitKind) {
    super({
      en: `enterpriseUnitId: ${unitId} is ${describeKindWithArticle(kind)}, not an enterprise (企业工会)`,
      zh: `${unitId} 是${orgUnitKindLabels[kind].zh}，不是企业工会`,
      field: 'enterpriseUnitId',
    });
  }
}

/** The delivery date is after today or before the request was made. */
export class DeliveryDateOutOfRange extends InvalidRequest {
  readonly code = 'delivery-date-out-of-range';
  constructor(deliveredOn: string, requestedOn?: string) {
    super({
      en: requestedOn
        ? `deliveredOn (${deliveredOn}) cannot be before the request was made (${requestedOn})`
        : `deliveredOn (${deliveredOn}) cannot be in the future`,
      zh: requestedOn ? `服务日期 ${deliveredOn} 不能早于申请日期 ${requestedOn}` : `服务日期 ${deliveredOn} 不能晚于今天`,
      field: 'deliveredOn',
    });
  }
}

/** The request's state does not take this step; the English says what it waits for. */
export class TechnicalServiceStepRefused extends Conflict {
  readonly code = 'technical-service-step-refused';
  constructor(reason: string) {
    super({ en: reason, zh: '该技术服务申请当前的状态不能进行这一步' });
  }
}
