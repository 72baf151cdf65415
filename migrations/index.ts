import * as migration_20261125_023332_initial from './20261125_023332_initial';

export const migrations = [
  {
    up: migration_20261125_023332_initial.up,
    down: migration_20261125_023332_initial.down,
    name: '20261125_023332_initial'
  },
];
