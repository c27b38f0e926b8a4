export * from './identity.ts';
export * from './orgs.ts';
export * from './ledger.ts';
export * from './inventory.ts';
export * from './soa.ts';
export * from './risks.ts';
export * from './evidence.ts';
