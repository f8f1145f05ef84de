ALTER TABLE `documents` ADD `language` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `extraction_note` text;