-- The audit trail is append-only in the database itself, not only by convention: a row, once
-- written, cannot be changed or removed by the app, a script or a person with the file
-- (docs/decisions/0008-one-way-for-each-thing.md; issue 11).
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be updated');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be deleted');
END;
