import { defineConfig } from 'drizzle-kit';

// The store's schema and its generated migrations live in db/ (the pipeline issue fills them in).
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema.ts',
  out: './db/migrations',
});
