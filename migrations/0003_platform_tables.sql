CREATE TABLE `batch_items` (
	`job_id` text NOT NULL,
	`idx` integer NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`input` text NOT NULL,
	`result` text,
	`error` text,
	PRIMARY KEY(`job_id`, `idx`),
	FOREIGN KEY (`job_id`) REFERENCES `batch_jobs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `batch_jobs` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`type` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`total` integer NOT NULL,
	`succeeded` integer DEFAULT 0 NOT NULL,
	`failed` integer DEFAULT 0 NOT NULL,
	`options` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`started_at` integer,
	`completed_at` integer,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `batch_jobs_account` ON `batch_jobs` (`account_id`,`id`);--> statement-breakpoint
CREATE INDEX `batch_jobs_expires` ON `batch_jobs` (`expires_at`);--> statement-breakpoint
CREATE TABLE `famous_people` (
	`slug` text PRIMARY KEY NOT NULL,
	`full_name` text NOT NULL,
	`name_key` text NOT NULL,
	`category` text NOT NULL,
	`description` text NOT NULL,
	`birth` text NOT NULL,
	`time_known` integer NOT NULL,
	`rodden_rating` text NOT NULL,
	`source` text NOT NULL,
	`sun_sign` text NOT NULL,
	`moon_sign` text NOT NULL,
	`rising_sign` text
);
--> statement-breakpoint
CREATE INDEX `famous_category` ON `famous_people` (`category`);--> statement-breakpoint
CREATE INDEX `famous_sun` ON `famous_people` (`sun_sign`);--> statement-breakpoint
CREATE INDEX `famous_moon` ON `famous_people` (`moon_sign`);--> statement-breakpoint
CREATE INDEX `famous_rising` ON `famous_people` (`rising_sign`);--> statement-breakpoint
CREATE TABLE `idempotency_keys` (
	`account_id` text NOT NULL,
	`key` text NOT NULL,
	`method` text NOT NULL,
	`path` text NOT NULL,
	`request_hash` text NOT NULL,
	`state` text NOT NULL,
	`response_status` integer,
	`response_headers` text,
	`response_body` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	PRIMARY KEY(`account_id`, `key`)
);
--> statement-breakpoint
CREATE INDEX `idempotency_created` ON `idempotency_keys` (`created_at`);--> statement-breakpoint
CREATE TABLE `usage_hourly` (
	`hour` text NOT NULL,
	`account_id` text NOT NULL,
	`tier` text NOT NULL,
	`route` text NOT NULL,
	`method` text NOT NULL,
	`status_class` text NOT NULL,
	`endpoint_class` text,
	`count` integer NOT NULL,
	`errors` integer NOT NULL,
	`rate_limited` integer DEFAULT 0 NOT NULL,
	`latency_sum_ms` real NOT NULL,
	`latency_histogram` text NOT NULL,
	PRIMARY KEY(`hour`, `account_id`, `route`, `method`, `status_class`)
);
--> statement-breakpoint
CREATE INDEX `usage_hourly_account` ON `usage_hourly` (`account_id`,`hour`);--> statement-breakpoint
CREATE INDEX `usage_hourly_route` ON `usage_hourly` (`route`,`hour`);--> statement-breakpoint
CREATE TABLE `webhook_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`delivery_id` text NOT NULL,
	`attempt` integer NOT NULL,
	`trigger` text NOT NULL,
	`status_code` integer,
	`response_body` text,
	`error` text,
	`duration_ms` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`delivery_id`) REFERENCES `webhook_deliveries`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `webhook_attempts_delivery` ON `webhook_attempts` (`delivery_id`,`attempt`);--> statement-breakpoint
CREATE TABLE `webhook_deliveries` (
	`id` text PRIMARY KEY NOT NULL,
	`endpoint_id` text NOT NULL,
	`account_id` text NOT NULL,
	`message_id` text NOT NULL,
	`event_type` text NOT NULL,
	`payload` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer,
	`last_status_code` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`endpoint_id`) REFERENCES `webhook_endpoints`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `webhook_deliveries_endpoint` ON `webhook_deliveries` (`endpoint_id`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `webhook_deliveries_message_endpoint` ON `webhook_deliveries` (`message_id`,`endpoint_id`);--> statement-breakpoint
CREATE TABLE `webhook_endpoints` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`url` text NOT NULL,
	`description` text,
	`events` text NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`secret` text NOT NULL,
	`previous_secret` text,
	`previous_secret_expires_at` integer,
	`disabled_reason` text,
	`failing_since` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `webhook_endpoints_account` ON `webhook_endpoints` (`account_id`,`id`);