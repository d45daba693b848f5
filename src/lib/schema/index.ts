export * from './common.ts';
export * from './figure.ts';
export * from './metrics.ts';
export * from './source.ts';
export * from './article.ts';
export * from './place.ts';
export * from './weapon.ts';
export * from './attack.ts';
