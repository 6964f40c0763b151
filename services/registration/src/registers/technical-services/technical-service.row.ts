import { TechnicalServiceDelivery, TechnicalServiceForm, TechnicalServiceRating } from './technical-service-form';
import { TechnicalServiceStatus } from './technical-service-states';

/** A request as the API answers it: the form, and each later box of attachment 5 as it is filled. */
export interface TechnicalServiceView {
  id: string;
  enterprise: { id: string; name: string };
  form: TechnicalServiceForm;
  status: TechnicalServiceStatus;
  workflowId: string;
  requestedBy: string;
  /** 填写日期 */
  requestedAt: string;
  /** 乡镇（街道、园区）（总）工会，县直属产业（行业）工会（工委）意见 */
  townshipOpinion: string | null;
  decidedAt: string | null;
  /** 服务内容完成情况 */
  delivery: TechnicalServiceDelivery | null;
  /** 企业对服务项目和人员的评价 */
  rating: TechnicalServiceRating | null;
}

export interface TechnicalServiceRow {
  id: string;
  enterprise_unit_id: string;
  enterprise_name: string;
  enterprise_path: string;
  form: TechnicalServiceForm;
  status: TechnicalServiceStatus;
  workflow_id: string;
  requested_by: string;
  created_at: Date;
  township_opinion: string | null;
  decided_at: Date | null;
  delivery: TechnicalServiceDelivery | null;
  rating: TechnicalServiceRating | null;
}

export const TECHNICAL_SERVICE_SELECT = `
  SELECT r.id, r.enterprise_unit_id, ent.name AS enterprise_name, ent.path AS enterprise_path, r.form, r.status, r.workflow_id,
         r.requested_by, r.created_at, r.township_opinion, r.decided_at, r.delivery, r.rating
    FROM technical_service_requests r
    JOIN org_units ent ON ent.id = r.enterprise_unit_id`;

export function toTechnicalServiceView(r: TechnicalServiceRow): TechnicalServiceView {
  return {
    id: r.id,
    enterprise: { id: r.enterprise_unit_id, name: r.enterprise_name },
    form: r.form,
    status: r.status,
    workflowId: r.workflow_id,
    requestedBy: r.requested_by,
    requestedAt: new Date(r.created_at).toISOString(),
    townshipOpinion: r.township_opinion,
    decidedAt: r.decided_at ? new Date(r.decided_at).toISOString() : null,
    delivery: r.delivery,
    rating: r.rating,
  };
}
