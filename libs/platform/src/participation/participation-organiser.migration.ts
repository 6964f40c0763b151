import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who organises each competition, from the same status events: assessment checks that whoever
 * configures a competition's assessment stands at or above its organiser.
 */
export class ParticipationOrganiser1732300000085 implements MigrationInterface {
  name = 'ParticipationOrganiser1732300000085';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE participation_competition_status ADD COLUMN organiser_unit_id text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE participation_competition_status DROP COLUMN organiser_unit_id`);
  }
}
