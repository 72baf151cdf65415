export * from '../../scripts/lib/productionServer'
