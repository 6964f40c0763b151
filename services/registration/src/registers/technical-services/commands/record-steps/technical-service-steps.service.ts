import { Injectable } from '@nestjs/common';
import { AuditedCommand, Caller, ScopeChecker } from '@lc/platform';
import { dayInChina } from '../../../../forms/form-fields';
import { TECHNICAL_SERVICE_REQUEST } from '../../technical-service-chain';
import { TechnicalServiceDelivery, TechnicalServiceRating } from '../../technical-service-form';
import { RateServiceRequestDto, RecordDeliveryRequestDto } from '../../technical-service.request.dto';
import { TechnicalServiceRow, TechnicalServiceView, toTechnicalServiceView } from '../../technical-service.row';
import { TechnicalServiceBox, TechnicalServiceRepository } from '../../technical-service.repository';
import { takeStep, TechnicalServiceStep } from '../../technical-service-states';
import { DeliveryDateOutOfRange, TechnicalServiceNotFound, TechnicalServiceStepRefused } from '../../technical-service.errors';

/**
 * The boxes of attachment 5 after the township's opinion: what was delivered (the county or township
 * union that served) and the enterprise's rating. Each is taken once, in its turn, with its audit entry.
 */
@Injectable()
export class TechnicalServiceStepsService {
  constructor(
    private readonly requests: TechnicalServiceRepository,
    private readonly commands: AuditedCommand,
    private readonly scope: ScopeChecker,
  ) {}

  async recordDelivery(id: string, request: RecordDeliveryRequestDto, caller: Caller): Promise<TechnicalServiceView> {
    return this.take(id, 'delivery', caller, (row, now) => {
      const requestedOn = dayInChina(new Date(row.created_at));
      if (request.deliveredOn > dayInChina(now)) throw new DeliveryDateOutOfRange(request.deliveredOn);
      if (request.deliveredOn < requestedOn) {
        throw new DeliveryDateOutOfRange(request.deliveredOn, requestedOn);
      }
      const delivery: TechnicalServiceDelivery = {
        what: request.what.trim(),
        deliveredBy: request.deliveredBy.trim(),
        deliveredOn: request.deliveredOn,
        recordedBy: caller.principal.userId,
        recordedAt: now.toISOString(),
      };
      return { column: 'delivery', value: delivery };
    });
  }

  async rate(id: string, request: RateServiceRequestDto, caller: Caller): Promise<TechnicalServiceView> {
    return this.take(id, 'rating', caller, (_row, now) => {
      const rating: TechnicalServiceRating = {
        score: request.score,
        comment: request.comment.trim(),
        ratedBy: caller.principal.userId,
        ratedAt: now.toISOString(),
      };
      return { column: 'rating', value: rating };
    });
  }

  /** 404, then 403 (scope on the enterprise), then 409 when the step is out of turn; the step and its audit entry in one transaction. */
  private async take(
    id: string,
    step: TechnicalServiceStep,
    caller: Caller,
    fill: (row: TechnicalServiceRow, now: Date) => TechnicalServiceBox,
  ): Promise<TechnicalServiceView> {
    const found = await this.requests.byId(id);
    if (!found) throw new TechnicalServiceNotFound(id);
    await this.scope.assert(caller, 'write', { orgPath: found.enterprise_path });

    const updatedId = await this.commands.run(caller, async ({ tx, audit }) => {
      const row = await this.requests.lock(tx, id);
      const next = takeStep(step, id, row.status);
      if (!next.allowed) throw new TechnicalServiceStepRefused(next.reason);
      const box = fill(row, new Date());
      const { column, value } = box;
      await this.requests.fillStep(tx, id, next.to, box);
      await audit({
        action: `technical-service-request.${next.to}`,
        entity: { type: TECHNICAL_SERVICE_REQUEST, id, orgUnitId: row.enterprise_unit_id, orgPath: row.enterprise_path },
        before: { status: row.status },
        after: { status: next.to, [column]: value },
      });
      return id;
    });
    const after = await this.requests.byId(updatedId);
    if (!after) throw new TechnicalServiceNotFound(updatedId);
    return toTechnicalServiceView(after);
  }
}
