import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The name and dates of each competition, from registration's competition.created: the year-end list
 * (年末考核评比) is titled with the competition and its year.
 */
export class AssessmentCompetitions1765100000330 implements MigrationInterface {
  name = 'AssessmentCompetitions1765100000330';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE assessment_competitions (
        competition_id uuid PRIMARY KEY,
        name           text NOT NULL,
        start_date     date NOT NULL,
        end_date       date NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE assessment_competitions`);
  }
}
