import * as migration_20261125_024444_initial from './20261125_024444_initial';

export const migrations = [
  {
    up: migration_20261125_024444_initial.up,
    down: migration_20261125_024444_initial.down,
    name: '20261125_024444_initial'
  },
];
