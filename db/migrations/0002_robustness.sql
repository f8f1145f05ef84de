CREATE TABLE `document_failures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_sha256` text NOT NULL,
	`source_name` text NOT NULL,
	`source_sha256` text,
	`position` integer NOT NULL,
	`stage` text NOT NULL,
	`reason` text NOT NULL,
	`failed_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`resolved_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_failures_sha256` ON `document_failures` (`document_sha256`);--> statement-breakpoint
CREATE TABLE `store_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `api_tokens` ADD `clearances` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `clearances` text DEFAULT '[]' NOT NULL;