/**
 * Hand-written part of the rounds migration: the snapshot of each closed round. One row per practice published when
 * the round closed, naming that practice's latest published version (`_practices_v.id`); filled by closeRound.
 * Deleting a round, practice or version deletes its rows (a round is deletable only before it is opened).
 */
export const createRoundVersionsSql = `
CREATE TABLE "round_versions" (
  "round_id" integer NOT NULL REFERENCES "rounds"("id") ON DELETE CASCADE,
  "practice_id" integer NOT NULL REFERENCES "practices"("id") ON DELETE CASCADE,
  "version_id" integer NOT NULL REFERENCES "_practices_v"("id") ON DELETE CASCADE,
  PRIMARY KEY ("round_id", "practice_id")
);
CREATE INDEX "round_versions_version_idx" ON "round_versions" USING btree ("version_id");
`

export const dropRoundVersionsSql = `DROP TABLE IF EXISTS "round_versions";`
