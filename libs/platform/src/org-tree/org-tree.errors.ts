import { InvalidRequest, NotFound } from '../errors/domain-error';

/** The unit named in the request's path does not exist. */
export class OrgUnitNotFound extends NotFound {
  readonly code = 'org-unit-not-found';
  constructor(unitId: string, field = 'id') {
    super({ en: `${field}: there is no org unit '${unitId}'`, zh: `没有编号为「${unitId}」的组织单位`, field });
  }
}

/** A request body or query names a unit that does not exist: the input is wrong, not the address. */
export class UnknownOrgUnitReferenced extends InvalidRequest {
  readonly code = 'unknown-org-unit';
  constructor(unitId: string, field: string) {
    super({ en: `${field}: there is no org unit '${unitId}'`, zh: `「${field}」：没有编号为「${unitId}」的组织单位`, field });
  }
}
