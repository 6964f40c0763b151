import { BadRequestException, Controller, Get, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { KnownCompetitionOrmEntity } from '../../known-competition.orm-entity';

class KnownCompetitionResponseDto {
  @ApiProperty() competitionId: string;
  @ApiProperty() name: string;
  @ApiProperty() organiserOrgUnitId: string;
  @ApiProperty() startDate: string;
  @ApiProperty() endDate: string;
  @ApiProperty() receivedAt: string;
}

const competitionIdPipe = new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException('id must be a UUID') });

@ApiTags('competitions')
@Controller('competitions')
export class GetKnownCompetitionHttpController {
  constructor(@InjectRepository(KnownCompetitionOrmEntity) private readonly competitions: Repository<KnownCompetitionOrmEntity>) {}

  @Get(':id')
  @ApiOkResponse({ type: KnownCompetitionResponseDto, description: 'A competition as awards knows it from events' })
  @ApiNotFoundResponse({ description: 'Awards has not (yet) received this competition' })
  async get(@Param('id', competitionIdPipe) id: string): Promise<KnownCompetitionResponseDto> {
    const c = await this.competitions.findOneBy({ competitionId: id });
    if (!c) throw new NotFoundException(`competition ${id} is not known to awards`);
    return {
      competitionId: c.competitionId,
      name: c.name,
      organiserOrgUnitId: c.organiserOrgUnitId,
      startDate: c.startDate,
      endDate: c.endDate,
      receivedAt: c.receivedAt.toISOString(),
    };
  }
}
