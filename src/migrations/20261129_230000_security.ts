import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written: request counters shared by all app instances (src/security/rate-limit-store.ts).
 * Not a Payload collection: nobody edits them, and they are written on hot paths.
 * Also: API keys are unique (the server makes them; this makes a collision an error, not a takeover), and
 * Payload's per-account lockout columns go (failed logins are counted in rate_limits instead).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "rate_limits" (
    "key" text PRIMARY KEY,
    "expires_at" timestamptz NOT NULL,
    "hits" integer NOT NULL
  );
  CREATE INDEX "rate_limits_expires_at_idx" ON "rate_limits" ("expires_at");
  CREATE UNIQUE INDEX "users_api_key_index_unique" ON "users" ("api_key_index") WHERE "api_key_index" IS NOT NULL;
  ALTER TABLE "users" DROP COLUMN "login_attempts", DROP COLUMN "lock_until";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0, ADD COLUMN "lock_until" timestamp(3) with time zone;
  DROP INDEX "users_api_key_index_unique";
  DROP TABLE "rate_limits";`)
}
