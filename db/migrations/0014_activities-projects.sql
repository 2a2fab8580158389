CREATE TABLE `evaluation_form` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`public_id` text NOT NULL,
	`title_th` text NOT NULL,
	`consent_th` text NOT NULL,
	`opens_at` text NOT NULL,
	`closes_at` text NOT NULL,
	`created_by` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `project_round`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evaluation_form_public_id_unique` ON `evaluation_form` (`public_id`);--> statement-breakpoint
CREATE INDEX `evaluation_form_round` ON `evaluation_form` (`round_id`);--> statement-breakpoint
CREATE TABLE `form_answer` (
	`response_id` integer NOT NULL,
	`question_id` integer NOT NULL,
	`score` integer,
	`text` text,
	PRIMARY KEY(`response_id`, `question_id`),
	FOREIGN KEY (`response_id`) REFERENCES `form_response`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`question_id`) REFERENCES `form_question`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `form_question` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`form_id` integer NOT NULL,
	`sort_no` integer NOT NULL,
	`kind` text NOT NULL,
	`source` text NOT NULL,
	`text_th` text NOT NULL,
	`text_en` text NOT NULL,
	FOREIGN KEY (`form_id`) REFERENCES `evaluation_form`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `form_response` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`form_id` integer NOT NULL,
	`track_id` integer,
	`audience_id` integer,
	`token_hash` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`form_id`) REFERENCES `evaluation_form`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`track_id`) REFERENCES `round_track`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`audience_id`) REFERENCES `track_audience`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `form_response_token` ON `form_response` (`form_id`,`token_hash`);--> statement-breakpoint
CREATE TABLE `project_activity` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`name_th` text NOT NULL,
	`name_en` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `project`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `project_round` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`activity_id` integer NOT NULL,
	`round_no` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`groups_th` text DEFAULT '' NOT NULL,
	`start_date` text,
	`end_date` text,
	`dates_th` text,
	`venue` text,
	`joint_session_th` text,
	`joint_session_days` real,
	`basis_year` integer,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_by` integer,
	`confirmed_by` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `project_activity`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`confirmed_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `project_round_activity_no` ON `project_round` (`activity_id`,`round_no`);--> statement-breakpoint
CREATE TABLE `project` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name_th` text NOT NULL,
	`name_en` text DEFAULT '' NOT NULL,
	`rationale_th` text NOT NULL,
	`objectives_th` text NOT NULL,
	`outcomes_th` text NOT NULL,
	`selection_th` text DEFAULT '' NOT NULL,
	`evaluation_th` text DEFAULT '' NOT NULL,
	`owner_th` text DEFAULT '' NOT NULL,
	`strategy_id` integer,
	`planned_rounds` integer,
	`source_note` text,
	`is_demo` integer DEFAULT false NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`strategy_id`) REFERENCES `strategy`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `project_name_th_unique` ON `project` (`name_th`);--> statement-breakpoint
CREATE TABLE `province_readiness` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`province_code` text NOT NULL,
	`readiness` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`set_by` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`province_code`) REFERENCES `province`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`set_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `province_readiness_province_code_unique` ON `province_readiness` (`province_code`);--> statement-breakpoint
CREATE TABLE `question_set_item` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`set_id` integer NOT NULL,
	`sort_no` integer NOT NULL,
	`kind` text NOT NULL,
	`text_th` text NOT NULL,
	`text_en` text NOT NULL,
	FOREIGN KEY (`set_id`) REFERENCES `question_set`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `question_set` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name_th` text NOT NULL,
	`name_en` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `question_set_code_unique` ON `question_set` (`code`);--> statement-breakpoint
CREATE TABLE `round_observation` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`note_th` text NOT NULL,
	`author_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `project_round`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `round_province` (
	`round_id` integer NOT NULL,
	`province_code` text NOT NULL,
	PRIMARY KEY(`round_id`, `province_code`),
	FOREIGN KEY (`round_id`) REFERENCES `project_round`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`province_code`) REFERENCES `province`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `round_staff` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`description_th` text NOT NULL,
	`planned_about` integer,
	`actual` integer,
	FOREIGN KEY (`round_id`) REFERENCES `project_round`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `round_track` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`sort_no` integer NOT NULL,
	`title_th` text NOT NULL,
	`title_en` text DEFAULT '' NOT NULL,
	`duration_days` real NOT NULL,
	`planned_about` integer,
	FOREIGN KEY (`round_id`) REFERENCES `project_round`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `track_audience` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`track_id` integer NOT NULL,
	`sort_no` integer NOT NULL,
	`name_th` text NOT NULL,
	`name_en` text DEFAULT '' NOT NULL,
	`planned` integer,
	`actual` integer,
	FOREIGN KEY (`track_id`) REFERENCES `round_track`(`id`) ON UPDATE no action ON DELETE cascade
);
