ALTER TABLE `indicator_value` ADD `secondary_source_th` text;--> statement-breakpoint
ALTER TABLE `indicator_value` ADD `secondary_source_url` text;--> statement-breakpoint
ALTER TABLE `ita_import` ADD `rule_set` text;--> statement-breakpoint
ALTER TABLE `ita_result` ADD `source_url` text;--> statement-breakpoint
ALTER TABLE `ita_result` ADD `source_is_secondary` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `ita_result` ADD `source_note` text;--> statement-breakpoint
ALTER TABLE `target` ADD `carried_forward` integer DEFAULT false NOT NULL;