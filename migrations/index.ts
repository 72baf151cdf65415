import * as migration_20261125_021440_initial from './20261125_021440_initial';

export const migrations = [
  {
    up: migration_20261125_021440_initial.up,
    down: migration_20261125_021440_initial.down,
    name: '20261125_021440_initial'
  },
];
