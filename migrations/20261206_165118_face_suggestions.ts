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
  await db.run(sql`ALTER TABLE \`media\` ADD \`face_check\` text DEFAULT 'pending';`)
  await db.run(sql`CREATE INDEX \`media_face_check_idx\` ON \`media\` (\`face_check\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`blur_faces_before_public\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`media_face_boxes\`;`)
  await db.run(sql`DROP INDEX \`media_face_check_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`face_check\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`blur_faces_before_public\`;`)
}
