CREATE TABLE `calendars` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`chart_id` text NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	`options` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`chart_id`) REFERENCES `charts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `calendars_token_hash_unique` ON `calendars` (`token_hash`);--> statement-breakpoint
CREATE INDEX `calendars_account` ON `calendars` (`account_id`,`id`);--> statement-breakpoint
CREATE INDEX `calendars_chart` ON `calendars` (`chart_id`);--> statement-breakpoint
CREATE TABLE `chart_alerts` (
	`chart_id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`options` text NOT NULL,
	`last_day` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`chart_id`) REFERENCES `charts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `chart_alerts_due` ON `chart_alerts` (`last_day`,`chart_id`);--> statement-breakpoint
CREATE INDEX `chart_alerts_account` ON `chart_alerts` (`account_id`);