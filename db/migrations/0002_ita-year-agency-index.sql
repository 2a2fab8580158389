DROP INDEX `ita_result_year_cover`;--> statement-breakpoint
CREATE INDEX `ita_result_year_agency` ON `ita_result` (`year`,`agency_id`,`total`,`is_demo`,`grade`);