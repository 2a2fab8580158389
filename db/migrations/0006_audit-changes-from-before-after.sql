-- Audit rows written before the one audit shape (server/lib/audit.ts) kept whole records as
-- JSON "before" and "after": turn them into the list of changed fields, and rename entity types
-- to the shared vocabulary (shared/domain.ts ENTITIES). Rows keep their id and time.
UPDATE `audit_log` SET `changes` = coalesce((
  SELECT json_group_array(json_object(
    'field', k.key,
    'before', json(CASE WHEN json_type(`audit_log`.`before`) = 'object' THEN `audit_log`.`before` -> ('$."' || k.key || '"') END),
    'after', json(CASE WHEN json_type(`audit_log`.`after`) = 'object' THEN `audit_log`.`after` -> ('$."' || k.key || '"') END)
  ))
  FROM (
    SELECT key FROM json_each(CASE WHEN json_type(`audit_log`.`before`) = 'object' THEN `audit_log`.`before` ELSE '{}' END)
    UNION
    SELECT key FROM json_each(CASE WHEN json_type(`audit_log`.`after`) = 'object' THEN `audit_log`.`after` ELSE '{}' END)
  ) AS k
  WHERE k.key NOT IN ('id', 'version', 'createdAt', 'updatedAt', 'passwordHash')
    AND coalesce(CASE WHEN json_type(`audit_log`.`before`) = 'object' THEN `audit_log`.`before` -> ('$."' || k.key || '"') END, 'null')
      IS NOT coalesce(CASE WHEN json_type(`audit_log`.`after`) = 'object' THEN `audit_log`.`after` -> ('$."' || k.key || '"') END, 'null')
), '[]');
--> statement-breakpoint
UPDATE `audit_log` SET `entity_label` = `entity_id` WHERE `entity_label` = '';
--> statement-breakpoint
UPDATE `audit_log` SET `entity` = CASE `entity`
  WHEN 'reporting_period' THEN 'period'
  WHEN 'value_submission' THEN 'submission'
  WHEN 'indicator_value' THEN 'value'
  WHEN 'activity_round' THEN 'round'
  ELSE `entity` END;
