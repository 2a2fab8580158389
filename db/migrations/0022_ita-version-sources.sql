ALTER TABLE `ita_import_row` ADD `source_url` text;--> statement-breakpoint
ALTER TABLE `ita_import_row` ADD `source_is_secondary` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `ita_import_row` ADD `source_note` text;