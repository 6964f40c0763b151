import { OmitType } from '@nestjs/swagger';
import { CreateRewardSchemeRequestDto } from '../create-reward-scheme/create-reward-scheme.request.dto';

/** A scheme corrected by its author: everything but its union. */
export class CorrectRewardSchemeRequestDto extends OmitType(CreateRewardSchemeRequestDto, ['issuingUnitId'] as const) {}
