CREATE TABLE `activity` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`strategy_id` integer,
	`name_th` text NOT NULL,
	`name_en` text NOT NULL,
	`owner_th` text DEFAULT '' NOT NULL,
	`source_note` text,
	`is_example` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`strategy_id`) REFERENCES `strategy`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `activity_round_province` (
	`round_id` integer NOT NULL,
	`province_code` text NOT NULL,
	PRIMARY KEY(`round_id`, `province_code`),
	FOREIGN KEY (`round_id`) REFERENCES `activity_round`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`province_code`) REFERENCES `province`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `activity_round` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`activity_id` integer NOT NULL,
	`round_no` integer NOT NULL,
	`start_date` text,
	`end_date` text,
	`venue` text,
	`basis_year` integer,
	`evaluation_score` real,
	`note` text,
	`is_example` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activity`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `activity_round_no` ON `activity_round` (`activity_id`,`round_no`);--> statement-breakpoint
CREATE TABLE `activity_target_group` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`name_th` text NOT NULL,
	`name_en` text NOT NULL,
	`planned` integer NOT NULL,
	`actual` integer,
	FOREIGN KEY (`round_id`) REFERENCES `activity_round`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `agency` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name_th` text NOT NULL,
	`name_en` text DEFAULT '' NOT NULL,
	`level` text NOT NULL,
	`type` text NOT NULL,
	`parent_id` integer,
	`province_code` text,
	`active` integer DEFAULT true NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`province_code`) REFERENCES `province`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agency_code_unique` ON `agency` (`code`);--> statement-breakpoint
CREATE INDEX `agency_province` ON `agency` (`province_code`);--> statement-breakpoint
CREATE INDEX `agency_type` ON `agency` (`type`);--> statement-breakpoint
CREATE INDEX `agency_level` ON `agency` (`level`);--> statement-breakpoint
CREATE TABLE `assignment` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator_id` integer NOT NULL,
	`agency_id` integer,
	`agency_type` text,
	`agency_level` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicator`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agency_id`) REFERENCES `agency`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assignment_indicator` ON `assignment` (`indicator_id`);--> statement-breakpoint
CREATE INDEX `assignment_agency` ON `assignment` (`agency_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`user_id` integer,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`before` text,
	`after` text,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_entity` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_at` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `indicator_value` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator_id` integer NOT NULL,
	`year` integer NOT NULL,
	`agency_id` integer,
	`agency_key` integer GENERATED ALWAYS AS (coalesce(agency_id, 0)) VIRTUAL,
	`value` real NOT NULL,
	`rank_out_of` integer,
	`source_th` text,
	`source_url` text,
	`published_on` text,
	`note` text,
	`evidence_url` text,
	`submission_id` integer,
	`entered_by` integer,
	`approved_by` integer,
	`approved_at` text,
	`is_example` integer DEFAULT false NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicator`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agency_id`) REFERENCES `agency`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entered_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `indicator_value_key` ON `indicator_value` (`indicator_id`,`year`,`agency_key`);--> statement-breakpoint
CREATE INDEX `indicator_value_agency` ON `indicator_value` (`agency_id`);--> statement-breakpoint
CREATE TABLE `indicator` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`strategy_id` integer,
	`measure_id` integer,
	`code` text NOT NULL,
	`name_th` text NOT NULL,
	`name_en` text NOT NULL,
	`unit` text NOT NULL,
	`direction` text NOT NULL,
	`scope` text NOT NULL,
	`aggregation` text,
	`aggregation_threshold` real,
	`year_kind` text DEFAULT 'fiscal' NOT NULL,
	`source_org_th` text NOT NULL,
	`source_org_en` text NOT NULL,
	`source_url` text,
	`definition_th` text DEFAULT '' NOT NULL,
	`definition_en` text DEFAULT '' NOT NULL,
	`method_th` text DEFAULT '' NOT NULL,
	`method_en` text DEFAULT '' NOT NULL,
	`decimals` integer DEFAULT 0 NOT NULL,
	`min_value` real,
	`max_value` real,
	`release_lag_months` integer,
	`baseline_year` integer,
	`baseline_value` real,
	`comparable_from_year` integer,
	`status_method` text DEFAULT 'trajectory' NOT NULL,
	`is_example` integer DEFAULT false NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plan`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`strategy_id`) REFERENCES `strategy`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`measure_id`) REFERENCES `measure`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `indicator_code_unique` ON `indicator` (`code`);--> statement-breakpoint
CREATE INDEX `indicator_strategy` ON `indicator` (`strategy_id`);--> statement-breakpoint
CREATE INDEX `indicator_measure` ON `indicator` (`measure_id`);--> statement-breakpoint
CREATE TABLE `ita_import` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`file_name` text NOT NULL,
	`file_hash` text NOT NULL,
	`row_count` integer NOT NULL,
	`added` integer NOT NULL,
	`changed` integer NOT NULL,
	`removed` integer NOT NULL,
	`user_id` integer,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `ita_result` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agency_id` integer NOT NULL,
	`year` integer NOT NULL,
	`total` real NOT NULL,
	`iit` real,
	`eit` real,
	`oit` real,
	`i1` real,
	`i2` real,
	`i3` real,
	`i4` real,
	`i5` real,
	`i6` real,
	`i7` real,
	`i8` real,
	`i9` real,
	`i10` real,
	`grade` text NOT NULL,
	`import_id` integer,
	`is_demo` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agency`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_id`) REFERENCES `ita_import`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ita_result_agency_year` ON `ita_result` (`agency_id`,`year`);--> statement-breakpoint
CREATE INDEX `ita_result_year_total` ON `ita_result` (`year`,`total`);--> statement-breakpoint
CREATE TABLE `login_attempt` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`ip` text NOT NULL,
	`success` integer NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `login_attempt_user` ON `login_attempt` (`username`,`at`);--> statement-breakpoint
CREATE INDEX `login_attempt_ip` ON `login_attempt` (`ip`,`at`);--> statement-breakpoint
CREATE TABLE `measure` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`strategy_id` integer NOT NULL,
	`code` text NOT NULL,
	`name_th` text NOT NULL,
	`name_en` text NOT NULL,
	`is_example` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`strategy_id`) REFERENCES `strategy`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `measure_strategy_code` ON `measure` (`strategy_id`,`code`);--> statement-breakpoint
CREATE TABLE `plan` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name_th` text NOT NULL,
	`name_en` text NOT NULL,
	`start_year` integer NOT NULL,
	`end_year` integer NOT NULL,
	`vision_th` text NOT NULL,
	`vision_en` text NOT NULL,
	`mission_th` text NOT NULL,
	`mission_en` text NOT NULL,
	`goal_th` text NOT NULL,
	`goal_en` text NOT NULL,
	`challenge_th` text NOT NULL,
	`challenge_en` text NOT NULL,
	`owner_th` text NOT NULL,
	`owner_en` text NOT NULL,
	`source_url` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_code_unique` ON `plan` (`code`);--> statement-breakpoint
CREATE TABLE `province_group` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name_th` text NOT NULL,
	`name_en` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `province_group_name_th_unique` ON `province_group` (`name_th`);--> statement-breakpoint
CREATE TABLE `province` (
	`code` text PRIMARY KEY NOT NULL,
	`name_th` text NOT NULL,
	`name_en` text NOT NULL,
	`region` text NOT NULL,
	`group_id` integer,
	`group_confidence` text,
	FOREIGN KEY (`group_id`) REFERENCES `province_group`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `province_group_idx` ON `province` (`group_id`);--> statement-breakpoint
CREATE TABLE `quick_win_level` (
	`quick_win_id` integer NOT NULL,
	`level` text NOT NULL,
	PRIMARY KEY(`quick_win_id`, `level`),
	FOREIGN KEY (`quick_win_id`) REFERENCES `quick_win`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `quick_win_milestone` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`quick_win_id` integer NOT NULL,
	`title_th` text NOT NULL,
	`title_en` text NOT NULL,
	`due_date` text,
	`done_date` text,
	FOREIGN KEY (`quick_win_id`) REFERENCES `quick_win`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `quick_win_update` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`quick_win_id` integer NOT NULL,
	`status` text NOT NULL,
	`progress` integer NOT NULL,
	`note` text NOT NULL,
	`evidence_url` text,
	`user_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`quick_win_id`) REFERENCES `quick_win`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `quick_win_update_qw` ON `quick_win_update` (`quick_win_id`);--> statement-breakpoint
CREATE TABLE `quick_win` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`strategy_id` integer NOT NULL,
	`code` text NOT NULL,
	`title_th` text NOT NULL,
	`title_en` text NOT NULL,
	`description_th` text DEFAULT '' NOT NULL,
	`description_en` text DEFAULT '' NOT NULL,
	`lead_agency_id` integer,
	`start_date` text,
	`end_date` text,
	`status` text NOT NULL,
	`progress` integer DEFAULT 0 NOT NULL,
	`evidence_url` text,
	`is_example` integer DEFAULT false NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plan`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`strategy_id`) REFERENCES `strategy`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lead_agency_id`) REFERENCES `agency`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `quick_win_code_unique` ON `quick_win` (`code`);--> statement-breakpoint
CREATE INDEX `quick_win_strategy` ON `quick_win` (`strategy_id`);--> statement-breakpoint
CREATE TABLE `reporting_period` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`opens_on` text NOT NULL,
	`deadline` text NOT NULL,
	`locked` integer DEFAULT false NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reporting_period_year_unique` ON `reporting_period` (`year`);--> statement-breakpoint
CREATE TABLE `session` (
	`id_hash` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `session_user` ON `session` (`user_id`);--> statement-breakpoint
CREATE TABLE `strategy` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`no` integer NOT NULL,
	`title_th` text NOT NULL,
	`title_en` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plan`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `strategy_plan_no` ON `strategy` (`plan_id`,`no`);--> statement-breakpoint
CREATE TABLE `target_revision` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`target_id` integer NOT NULL,
	`previous_value` real NOT NULL,
	`new_value` real NOT NULL,
	`reason` text NOT NULL,
	`revised_on` text NOT NULL,
	`user_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`target_id`) REFERENCES `target`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `target_revision_target` ON `target_revision` (`target_id`);--> statement-breakpoint
CREATE TABLE `target` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator_id` integer NOT NULL,
	`year` integer NOT NULL,
	`value` real NOT NULL,
	`original_value` real NOT NULL,
	`source_th` text,
	`source_url` text,
	`is_example` integer DEFAULT false NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicator`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `target_indicator_year` ON `target` (`indicator_id`,`year`);--> statement-breakpoint
CREATE TABLE `user` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`agency_id` integer,
	`active` integer DEFAULT true NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agency`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `user_username_unique` ON `user` (`username`);--> statement-breakpoint
CREATE TABLE `value_submission` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator_id` integer NOT NULL,
	`year` integer NOT NULL,
	`agency_id` integer,
	`agency_key` integer GENERATED ALWAYS AS (coalesce(agency_id, 0)) VIRTUAL,
	`value` real NOT NULL,
	`note` text,
	`evidence_url` text,
	`status` text NOT NULL,
	`review_comment` text,
	`created_by` integer NOT NULL,
	`submitted_at` text,
	`reviewed_by` integer,
	`reviewed_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicator`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agency_id`) REFERENCES `agency`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewed_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `value_submission_open` ON `value_submission` (`indicator_id`,`year`,`agency_key`) WHERE status <> 'approved';--> statement-breakpoint
CREATE INDEX `value_submission_status` ON `value_submission` (`status`,`year`);--> statement-breakpoint
CREATE INDEX `value_submission_agency` ON `value_submission` (`agency_id`,`year`);