import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Skills contests awards has been told of (skills-contest.created), so that an honour is attached only
 * to a contest that exists, by a union whose subtree holds its organiser. The organiser is kept by id:
 * its path is read from the copy of the tree when checked, so it follows moves.
 */
export class KnownSkillsContests1765000000400 implements MigrationInterface {
  name = 'KnownSkillsContests1765000000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE known_skills_contests (
        contest_id         uuid PRIMARY KEY,
        competition_id     uuid,
        name               text NOT NULL,
        organiser_unit_id  text NOT NULL,
        received_at        timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE known_skills_contests`);
  }
}
