import { Module } from '@nestjs/common';
import { ConfigureAssessmentHttpController } from './commands/configure-assessment/configure-assessment.http.controller';
import { EvidenceHttpController } from './commands/evidence/evidence.http.controller';
import { ReviewSheetHttpController } from './commands/review-sheet/review-sheet.http.controller';
import { SelfAssessHttpController } from './commands/self-assess/self-assess.http.controller';
import { enrolmentSheetHandlers } from './enrolment-sheets.handlers';
import { SheetsHttpController } from './queries/sheets.http.controller';
import { SheetAccess } from './sheet-access';
import { SheetOpener } from './sheet-opener';
import { SheetRepository } from './sheet.repository';
import { SheetQueries } from './sheets.queries';

/** Assessment sheets: one per enrolled unit (consumer group assessment.sheets), self assessment, review, finalisation. */
@Module({
  controllers: [ConfigureAssessmentHttpController, SheetsHttpController, SelfAssessHttpController, ReviewSheetHttpController, EvidenceHttpController, ...enrolmentSheetHandlers],
  providers: [SheetRepository, SheetQueries, SheetAccess, SheetOpener],
})
export class SheetsModule {}
