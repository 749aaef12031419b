CREATE TABLE `charts` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`request` text NOT NULL,
	`chart` text NOT NULL,
	`full_name` text,
	`sun_sign` text,
	`moon_sign` text,
	`rising_sign` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `charts_account` ON `charts` (`account_id`,`id`);