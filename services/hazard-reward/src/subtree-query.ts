import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { descendantsLikePattern } from '@lc/org';
import { OrgUnitRef, PageQueryDto } from '@lc/platform';

/** A paged list about a unit and everything under it. */
export class UnitPageQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'A unit in your subtree (default: your own unit); it and the units under it are listed' })
  @IsOptional()
  @IsString()
  unitId?: string;
}

/**
 * The WHERE clause of a list over a unit's subtree (rows whose path column is the unit's path or
 * under it), with filters added as `clause ?` and their values bound in order.
 */
export class SubtreeFilter {
  private readonly clauses: string[];
  readonly params: unknown[];

  /** Without a unit, no subtree condition: for lists whose own condition grants access (my assignments). */
  constructor(pathColumn: string, unit: OrgUnitRef | null) {
    this.params = unit ? [unit.path, descendantsLikePattern(unit.path)] : [];
    this.clauses = unit ? [`(${pathColumn} = $1 OR ${pathColumn} LIKE $2)`] : ['true'];
  }

  /** Adds a condition; each '?' in it is the next value. */
  and(clause: string, ...values: unknown[]): this {
    let sql = clause;
    for (const value of values) {
      this.params.push(value);
      sql = sql.replace('?', `$${this.params.length}`);
    }
    this.clauses.push(sql);
    return this;
  }

  get sql(): string {
    return this.clauses.join(' AND ');
  }
}
