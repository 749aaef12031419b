ALTER TABLE `famous_people` ADD `utc_offset` real;--> statement-breakpoint
ALTER TABLE `famous_people` ADD `utc_offset_basis` text;--> statement-breakpoint
ALTER TABLE `famous_people` ADD `utc_offset_note` text;--> statement-breakpoint
ALTER TABLE `famous_people` ADD `source_url` text;--> statement-breakpoint
ALTER TABLE `places` ADD `admin1_name` text;