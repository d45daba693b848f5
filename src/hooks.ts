import type { Transport } from '@sveltejs/kit/hooks';
import { ServerRendered } from '#lib/server-rendered.ts';

export const transport: Transport = {
	// data only the server render reads crosses as nothing (src/lib/server-rendered.ts)
	ServerRendered: {
		encode: (value) => value instanceof ServerRendered && [],
		decode: () => ServerRendered.absent()
	}
};
