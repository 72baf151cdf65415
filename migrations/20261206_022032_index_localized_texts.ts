import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`articles_locales_parent_idx\` ON \`articles_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_locales_parent_idx\` ON \`_articles_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`demo_reports_locales_parent_idx\` ON \`demo_reports_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_demo_reports_v_locales_parent_idx\` ON \`_demo_reports_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_idx\` ON \`media_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_locales_parent_idx\` ON \`topics_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_navigation_locales_parent_idx\` ON \`site_settings_navigation_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_locales_parent_idx\` ON \`site_settings_locales\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`articles_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`demo_reports_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_demo_reports_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`media_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`topics_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`site_settings_navigation_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`site_settings_locales_parent_idx\`;`)
}
