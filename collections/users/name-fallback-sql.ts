/** Accounts made before users had a name (or left without one) are named by their e-mail, as hooks/name-or-email.ts does for every write. */
export const nameAccountsByEmailSql = `UPDATE "users" SET "name" = "email" WHERE "name" IS NULL OR btrim("name") = ''`
