import * as migration_20261125_031536_initial from './20261125_031536_initial';
import * as migration_20261125_092007_compound_list_indexes from './20261125_092007_compound_list_indexes';

export const migrations = [
  {
    up: migration_20261125_031536_initial.up,
    down: migration_20261125_031536_initial.down,
    name: '20261125_031536_initial',
  },
  {
    up: migration_20261125_092007_compound_list_indexes.up,
    down: migration_20261125_092007_compound_list_indexes.down,
    name: '20261125_092007_compound_list_indexes'
  },
];
