import * as migration_20261125_022254_initial from './20261125_022254_initial';

export const migrations = [
  {
    up: migration_20261125_022254_initial.up,
    down: migration_20261125_022254_initial.down,
    name: '20261125_022254_initial'
  },
];
