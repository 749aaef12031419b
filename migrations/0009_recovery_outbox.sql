ALTER TABLE `batch_jobs` ADD `progress_at` integer;--> statement-breakpoint
ALTER TABLE `batch_jobs` ADD `sweeps` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `batch_jobs` ADD `abandoned` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `batch_jobs` ADD `refunded` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `batch_jobs_open` ON `batch_jobs` (`created_at`) WHERE status IN ('pending', 'processing');--> statement-breakpoint
CREATE INDEX `batch_jobs_refunds_due` ON `batch_jobs` (`id`) WHERE abandoned > refunded;--> statement-breakpoint
ALTER TABLE `events` ADD `unpublished` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `events_unpublished` ON `events` (`created_at`) WHERE unpublished = 1;--> statement-breakpoint
CREATE INDEX `webhook_deliveries_due` ON `webhook_deliveries` (`next_attempt_at`) WHERE status = 'pending';