import * as migration_20261125_031536_initial from './20261125_031536_initial';
import * as migration_20261125_092007_compound_list_indexes from './20261125_092007_compound_list_indexes';
import * as migration_20261204_200654_media_storage_fields from './20261204_200654_media_storage_fields';
import * as migration_20261205_075413_webhooks_and_admin_list_indexes from './20261205_075413_webhooks_and_admin_list_indexes';
import * as migration_20261205_122128_drop_search_text from './20261205_122128_drop_search_text';
import * as migration_20261205_162036_localized_content from './20261205_162036_localized_content';
import * as migration_20261206_010943_untranslated from './20261206_010943_untranslated';
import * as migration_20261206_022032_index_localized_texts from './20261206_022032_index_localized_texts';
import * as migration_20261206_045823_meetings_and_join_requests from './20261206_045823_meetings_and_join_requests';
import * as migration_20261206_174442_photo_safety from './20261206_174442_photo_safety';

export const migrations = [
  {
    up: migration_20261125_031536_initial.up,
    down: migration_20261125_031536_initial.down,
    name: '20261125_031536_initial',
  },
  {
    up: migration_20261125_092007_compound_list_indexes.up,
    down: migration_20261125_092007_compound_list_indexes.down,
    name: '20261125_092007_compound_list_indexes',
  },
  {
    up: migration_20261204_200654_media_storage_fields.up,
    down: migration_20261204_200654_media_storage_fields.down,
    name: '20261204_200654_media_storage_fields',
  },
  {
    up: migration_20261205_075413_webhooks_and_admin_list_indexes.up,
    down: migration_20261205_075413_webhooks_and_admin_list_indexes.down,
    name: '20261205_075413_webhooks_and_admin_list_indexes',
  },
  {
    up: migration_20261205_122128_drop_search_text.up,
    down: migration_20261205_122128_drop_search_text.down,
    name: '20261205_122128_drop_search_text',
  },
  {
    up: migration_20261205_162036_localized_content.up,
    down: migration_20261205_162036_localized_content.down,
    name: '20261205_162036_localized_content',
  },
  {
    up: migration_20261206_010943_untranslated.up,
    down: migration_20261206_010943_untranslated.down,
    name: '20261206_010943_untranslated',
  },
  {
    up: migration_20261206_022032_index_localized_texts.up,
    down: migration_20261206_022032_index_localized_texts.down,
    name: '20261206_022032_index_localized_texts',
  },
  {
    up: migration_20261206_045823_meetings_and_join_requests.up,
    down: migration_20261206_045823_meetings_and_join_requests.down,
    name: '20261206_045823_meetings_and_join_requests',
  },
  {
    up: migration_20261206_174442_photo_safety.up,
    down: migration_20261206_174442_photo_safety.down,
    name: '20261206_174442_photo_safety'
  },
];
