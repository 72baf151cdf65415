export * from '../../scripts/lib/serverPayload'
