/**
 * Data step of the migration that replaced the "Ready for review" checkbox with the workflow state
 * (run after the new columns exist and before ready_for_review is dropped): published rows are
 * published, a draft ticked ready for review is submitted (at its last change; who submitted it is
 * unknown), any other draft is a draft. Rows of the document table and of the versions table alike.
 */
export const workflowStateFromReadyForReviewSql = `
UPDATE "practices" SET
  "workflow_state" = (CASE WHEN "_status" = 'published' THEN 'published' WHEN "ready_for_review" THEN 'submitted' ELSE 'draft' END)::"enum_practices_workflow_state",
  "submitted_at" = CASE WHEN "_status" IS DISTINCT FROM 'published' AND "ready_for_review" THEN "updated_at" END;
UPDATE "_practices_v" SET
  "version_workflow_state" = (CASE WHEN "version__status" = 'published' THEN 'published' WHEN "version_ready_for_review" THEN 'submitted' ELSE 'draft' END)::"enum__practices_v_version_workflow_state",
  "version_submitted_at" = CASE WHEN "version__status" IS DISTINCT FROM 'published' AND "version_ready_for_review" THEN "version_updated_at" END;
`
