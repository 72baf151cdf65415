import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`_status_publishedAt_idx\` ON \`articles\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_idx\` ON \`_articles_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_date_idx\` ON \`demo_reports\` (\`_status\`,\`date\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_1_idx\` ON \`demo_reports\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_date_idx\` ON \`_demo_reports_v\` (\`version__status\`,\`version_date\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_1_idx\` ON \`_demo_reports_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`visibility_takenAt_idx\` ON \`media\` (\`visibility\`,\`taken_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_status_publishedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_publishedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_date_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_publishedAt_1_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_date_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_publishedAt_1_idx\`;`)
  await db.run(sql`DROP INDEX \`visibility_takenAt_idx\`;`)
}
