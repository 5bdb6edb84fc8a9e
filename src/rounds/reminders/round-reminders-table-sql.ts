/**
 * Hand-written part of the round reminders migration: which reminder (days14, days3, deadline) of which round each
 * coordinator was sent, so that none is sent twice however often the job runs.
 */
export const createRoundRemindersSql = `
CREATE TABLE "round_reminders" (
  "round_id" integer NOT NULL REFERENCES "rounds"("id") ON DELETE CASCADE,
  "user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
  "reminder" varchar NOT NULL,
  "sent_at" timestamp(3) with time zone NOT NULL DEFAULT now(),
  PRIMARY KEY ("round_id", "user_id", "reminder")
);
`

export const dropRoundRemindersSql = `DROP TABLE IF EXISTS "round_reminders";`
