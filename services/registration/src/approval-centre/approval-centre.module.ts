import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { ApprovalCentreProjection } from './approval-centre.projection';
import { SendReminderHttpController } from './commands/send-reminder/send-reminder.http.controller';
import { SendReminderService } from './commands/send-reminder/send-reminder.service';
import { GetApprovalCentreCountsHttpController } from './queries/get-counts/get-approval-centre-counts.http.controller';
import { GetApprovalCentreItemHttpController } from './queries/get-item/get-approval-centre-item.http.controller';
import { ListApprovalCentreItemsHttpController } from './queries/list-items/list-approval-centre-items.http.controller';
import { ApprovalCentreItemRepository } from './approval-centre-item.repository';
import { ApprovalReminderRepository } from './approval-reminder.repository';

/**
 * The approval centre (审批中心): one place for a person's approval work in every service, fed by their
 * approval.transitioned events. It decides nothing: decisions go to the owning service's approvals API.
 */
@Module({
  imports: [NotificationsModule],
  controllers: [ListApprovalCentreItemsHttpController, GetApprovalCentreItemHttpController, GetApprovalCentreCountsHttpController, SendReminderHttpController, ApprovalCentreProjection],
  providers: [SendReminderService, ApprovalReminderRepository, ApprovalCentreItemRepository],
})
export class ApprovalCentreModule {}
