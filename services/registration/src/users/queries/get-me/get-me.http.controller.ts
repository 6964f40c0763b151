import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Caller, CurrentCaller } from '@lc/platform';
import { OrgUnitOrmEntity } from '../../../org-units/org-unit.orm-entity';
import { UserOrmEntity } from '../../user.orm-entity';
import { toUserResponse, UserResponseDto } from '../../user.response.dto';
import { UserAccountChanges } from '../../user-account.service';
import { OwnAccountGone } from '../../user.errors';

class MeResponseDto extends UserResponseDto {
  @ApiProperty({ example: '兴华街道总工会' }) orgUnitName: string;
  @ApiProperty({ example: '/demo-city/county-east/town-xinghua' }) orgPath: string;
}

/** Anyone logged in, workers included: who am I, and for which unit do I act. */
@ApiTags('users')
@Controller('users')
export class GetMeHttpController {
  constructor(
    @InjectRepository(UserOrmEntity) private readonly users: Repository<UserOrmEntity>,
    @InjectRepository(OrgUnitOrmEntity) private readonly units: Repository<OrgUnitOrmEntity>,
    private readonly accounts: UserAccountChanges,
  ) {}

  @Get('me')
  @ApiOperation({ operationId: 'getCurrentUser', summary: '当前用户信息', description: 'Anyone logged in, workers included: who am I, and for which unit do I act.' })
  @ApiOkResponse({ type: MeResponseDto })
  async me(@CurrentCaller() caller: Caller): Promise<MeResponseDto> {
    const user = await this.users.findOneBy({ id: caller.principal.userId });
    if (!user) throw new OwnAccountGone();
    const unit = await this.units.findOneByOrFail({ id: user.orgUnitId });
    return { ...toUserResponse(user, await this.accounts.hasPassword(user.id)), orgUnitName: unit.name, orgPath: unit.path };
  }
}
