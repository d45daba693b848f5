import { z } from 'zod';
import { Country, Id, Name, Names } from './common.ts';

/** ISO 3166-2 first-level region: `UA-63`, `UA-30`, `RU-STA`. */
export const RegionCode = z
	.string()
	.regex(/^(UA-\d{2}|RU-[A-Z]{2,3})$/, { message: 'a region is an ISO 3166-2 code such as UA-63 or RU-STA' });

/**
 * A city, town or village, or a whole region when nothing finer is known. Regions have no
 * coordinates of their own: the map shades them instead of inventing a point.
 */
export const Place = z
	.strictObject({
		id: Id,
		kind: z.enum(['settlement', 'region']),
		names: Names,
		/** Spellings the press uses (Kryvyj Rih, Krivoy Rog), for search and the curation tools. */
		aliases: z.array(Name).default([]),
		country: Country,
		region: RegionCode,
		/** WGS84 degrees. */
		lat: z.number().min(-90).max(90).optional(),
		lon: z.number().min(-180).max(180).optional(),
		/** GeoNames id the coordinates were taken from. */
		geonames_id: z.number().int().positive().optional()
	})
	.superRefine((place, ctx) => {
		if (place.kind === 'settlement' && (place.lat === undefined || place.lon === undefined)) {
			ctx.addIssue({ code: 'custom', path: ['lat'], message: 'a settlement needs lat and lon' });
		}
		if (!place.region.startsWith(`${place.country}-`)) {
			ctx.addIssue({
				code: 'custom',
				path: ['region'],
				message: `region ${place.region} is not in country ${place.country}`
			});
		}
	});
export type Place = z.infer<typeof Place>;
