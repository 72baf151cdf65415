import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`media_face_boxes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`x\` numeric NOT NULL,
  	\`y\` numeric NOT NULL,
  	\`width\` numeric NOT NULL,
  	\`height\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_face_boxes_order_idx\` ON \`media_face_boxes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`media_face_boxes_parent_id_idx\` ON \`media_face_boxes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`removal_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`photo_id\` integer,
  	\`wish\` text NOT NULL,
  	\`note\` text,
  	\`contact\` text,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`closed_by_id\` integer,
  	\`closed_at\` text,
  	\`requester_address\` text,
  	\`photo_filename\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`closed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`removal_requests_photo_idx\` ON \`removal_requests\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`removal_requests_status_idx\` ON \`removal_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`removal_requests_closed_by_idx\` ON \`removal_requests\` (\`closed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`removal_requests_requester_address_idx\` ON \`removal_requests\` (\`requester_address\`);`)
  await db.run(sql`CREATE INDEX \`removal_requests_updated_at_idx\` ON \`removal_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`removal_requests_created_at_idx\` ON \`removal_requests\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`face_check\` text DEFAULT 'pending';`)
  await db.run(sql`CREATE INDEX \`media_face_check_idx\` ON \`media\` (\`face_check\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`removal_requests_id\` integer REFERENCES removal_requests(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_removal_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`removal_requests_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`blur_faces_before_public\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`media_face_boxes\`;`)
  await db.run(sql`DROP TABLE \`removal_requests\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`demo_reports_id\` integer,
  	\`meetings_id\` integer,
  	\`media_id\` integer,
  	\`topics_id\` integer,
  	\`users_id\` integer,
  	\`webhooks_id\` integer,
  	\`join_requests_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`demo_reports_id\`) REFERENCES \`demo_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`meetings_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhooks_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`join_requests_id\`) REFERENCES \`join_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "demo_reports_id", "meetings_id", "media_id", "topics_id", "users_id", "webhooks_id", "join_requests_id") SELECT "id", "order", "parent_id", "path", "articles_id", "demo_reports_id", "meetings_id", "media_id", "topics_id", "users_id", "webhooks_id", "join_requests_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_demo_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`demo_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meetings_id_idx\` ON \`payload_locked_documents_rels\` (\`meetings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhooks_id_idx\` ON \`payload_locked_documents_rels\` (\`webhooks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_join_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`join_requests_id\`);`)
  await db.run(sql`DROP INDEX \`media_face_check_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`face_check\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`blur_faces_before_public\`;`)
}
