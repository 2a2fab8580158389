CREATE TABLE `review_batch_item` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`batch_id` integer NOT NULL,
	`submission_id` integer NOT NULL,
	`value_id` integer NOT NULL,
	`value_version` integer NOT NULL,
	`previous` text,
	FOREIGN KEY (`batch_id`) REFERENCES `review_batch`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submission_id`) REFERENCES `value_submission`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `review_batch_item_batch` ON `review_batch_item` (`batch_id`);--> statement-breakpoint
CREATE TABLE `review_batch` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`count` integer NOT NULL,
	`undone_at` text,
	`undone_by` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`undone_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `quick_win_update` ADD `review_status` text DEFAULT 'approved' NOT NULL;--> statement-breakpoint
ALTER TABLE `quick_win_update` ADD `review_comment` text;--> statement-breakpoint
ALTER TABLE `quick_win_update` ADD `reviewed_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `quick_win_update` ADD `reviewed_at` text;--> statement-breakpoint
ALTER TABLE `quick_win_update` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX `quick_win_update_review` ON `quick_win_update` (`review_status`);