CREATE TABLE `ita_import_row` (
	`import_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
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
	`is_demo` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`import_id`, `agency_id`),
	FOREIGN KEY (`import_id`) REFERENCES `ita_import`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agency`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `ita_import` ADD `mode` text DEFAULT 'replace' NOT NULL;--> statement-breakpoint
ALTER TABLE `ita_import` ADD `restored_from_id` integer;