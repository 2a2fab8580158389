DROP TABLE `activity`;--> statement-breakpoint
DROP TABLE `activity_round_province`;--> statement-breakpoint
DROP TABLE `activity_round`;--> statement-breakpoint
DROP TABLE `activity_target_group`;