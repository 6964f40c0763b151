import { SupervisorForm } from './supervisor-form';

export const supervisorStatuses = ['submitted', 'approved', 'rejected', 'withdrawn'] as const;
export type SupervisorStatus = (typeof supervisorStatuses)[number];

/** A registration as the API answers it: the form, the units it names, where its chain stands. */
export interface SupervisorView {
  id: string;
  unit: { id: string; name: string; kind: string };
  enterprise: { id: string; name: string };
  form: SupervisorForm;
  status: SupervisorStatus;
  workflowId: string;
  submittedBy: string;
  /** 填写日期 */
  submittedAt: string;
  decidedAt: string | null;
}

export const SUPERVISOR_SELECT = `
  SELECT s.id, s.unit_id, u.name AS unit_name, u.kind AS unit_kind, u.path AS unit_path, s.enterprise_unit_id,
         ent.name AS enterprise_name, s.form, s.status, s.workflow_id, s.submitted_by, s.created_at, s.decided_at
    FROM energy_supervisors s
    JOIN org_units u ON u.id = s.unit_id
    JOIN org_units ent ON ent.id = s.enterprise_unit_id`;

export interface SupervisorRow {
  id: string;
  unit_id: string;
  unit_name: string;
  unit_kind: string;
  unit_path: string;
  enterprise_unit_id: string;
  enterprise_name: string;
  form: SupervisorForm;
  status: SupervisorStatus;
  workflow_id: string;
  submitted_by: string;
  created_at: Date;
  decided_at: Date | null;
}

export function toSupervisorView(r: SupervisorRow): SupervisorView {
  return {
    id: r.id,
    unit: { id: r.unit_id, name: r.unit_name, kind: r.unit_kind },
    enterprise: { id: r.enterprise_unit_id, name: r.enterprise_name },
    form: r.form,
    status: r.status,
    workflowId: r.workflow_id,
    submittedBy: r.submitted_by,
    submittedAt: new Date(r.created_at).toISOString(),
    decidedAt: r.decided_at ? new Date(r.decided_at).toISOString() : null,
  };
}
