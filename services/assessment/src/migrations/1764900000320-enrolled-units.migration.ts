import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The units enrolled in each competition as this service's sheet consumer heard of them. Configuring
 * a competition's assessment opens sheets for these too, under the same per-competition lock as the
 * consumer: whichever of the two comes second sees the other, so an enrolment arriving while the
 * assessment is configured can never be left without its sheet.
 */
export class EnrolledUnits1764900000320 implements MigrationInterface {
  name = 'EnrolledUnits1764900000320';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE assessment_enrolled_units (
        competition_id uuid NOT NULL,
        unit_id        text NOT NULL,
        unit_path      text NOT NULL,
        unit_kind      text NOT NULL,
        withdrawn      boolean NOT NULL DEFAULT false,
        PRIMARY KEY (competition_id, unit_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE assessment_enrolled_units`);
  }
}
