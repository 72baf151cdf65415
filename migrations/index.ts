import * as migration_20261125_031536_initial from './20261125_031536_initial';

export const migrations = [
  {
    up: migration_20261125_031536_initial.up,
    down: migration_20261125_031536_initial.down,
    name: '20261125_031536_initial'
  },
];
