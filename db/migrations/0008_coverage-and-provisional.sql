CREATE TABLE `provisional_publication` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator_id` integer NOT NULL,
	`year` integer NOT NULL,
	`reason` text NOT NULL,
	`published_by` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicator`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `provisional_publication_key` ON `provisional_publication` (`indicator_id`,`year`);--> statement-breakpoint
ALTER TABLE `assignment` ADD `from_year` integer DEFAULT 2565 NOT NULL;--> statement-breakpoint
ALTER TABLE `assignment` ADD `to_year` integer;--> statement-breakpoint
ALTER TABLE `indicator` ADD `publication_threshold` real DEFAULT 0.8 NOT NULL;