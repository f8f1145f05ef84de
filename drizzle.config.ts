import { defineConfig } from 'drizzle-kit';

// The store's schema (db/schema.ts) and the migrations generated from it (db/migrations), applied at start.
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema.ts',
  out: './db/migrations',
  casing: 'snake_case',
});
