import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Caller, OrgDirectory, ScopeChecker } from '@lc/platform';
import { CompetitionOrmEntity } from '../../competition.orm-entity';
import { CompetitionResponseDto, toCompetitionResponse } from '../../competition.response.dto';
import { CompetitionNotFound } from '../../competition.errors';

@Injectable()
export class GetCompetitionQuery {
  constructor(
    @InjectRepository(CompetitionOrmEntity) private readonly competitions: Repository<CompetitionOrmEntity>,
    private readonly directory: OrgDirectory,
    private readonly scope: ScopeChecker,
  ) {}

  async execute(id: string, caller: Caller): Promise<CompetitionResponseDto> {
    const competition = await this.competitions.findOneBy({ id });
    if (!competition) throw new CompetitionNotFound(id);
    const organiser = await this.directory.get(competition.organiserOrgUnitId, 'organiserOrgUnitId');
    await this.scope.assertInLineOf(caller, organiser.path, `competition ${id}`);
    return { ...toCompetitionResponse(competition), organiserName: organiser.name };
  }
}
