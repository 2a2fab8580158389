CREATE TABLE `data_version` (
	`domain` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 0 NOT NULL
);
