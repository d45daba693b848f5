import { z } from 'zod';
import { metrics } from './metric-names.ts';

export { metrics, partOf, weaponMetrics, type WeaponMetric } from './metric-names.ts';

export const Metric = z.enum(metrics);
export type Metric = z.infer<typeof Metric>;
