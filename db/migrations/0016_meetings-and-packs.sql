CREATE TABLE `meeting_action` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`kind` text NOT NULL,
	`text_th` text NOT NULL,
	`text_en` text DEFAULT '' NOT NULL,
	`owner_agency_id` integer,
	`due_date` text,
	`status` text DEFAULT 'open' NOT NULL,
	`closed_on` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meeting`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_agency_id`) REFERENCES `agency`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_action_meeting` ON `meeting_action` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `meeting_commentary` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`subject_type` text NOT NULL,
	`subject_key` text NOT NULL,
	`body_th` text NOT NULL,
	`body_en` text DEFAULT '' NOT NULL,
	`state` text DEFAULT 'draft' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meeting`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meeting_commentary_subject` ON `meeting_commentary` (`meeting_id`,`subject_type`,`subject_key`);--> statement-breakpoint
CREATE TABLE `meeting_pack` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`pack_version` integer NOT NULL,
	`reason` text,
	`snapshot` text NOT NULL,
	`frozen_at` text NOT NULL,
	`frozen_by` integer,
	`drafts_left_out` integer DEFAULT 0 NOT NULL,
	`pdf` blob,
	`pdf_error` text,
	FOREIGN KEY (`meeting_id`) REFERENCES `meeting`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`frozen_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meeting_pack_version` ON `meeting_pack` (`meeting_id`,`pack_version`);--> statement-breakpoint
CREATE TABLE `meeting` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`number_th` text NOT NULL,
	`number_en` text DEFAULT '' NOT NULL,
	`meeting_date` text NOT NULL,
	`agenda` text DEFAULT '[]' NOT NULL,
	`is_public` integer DEFAULT false NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plan`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meeting_plan_number` ON `meeting` (`plan_id`,`number_th`);