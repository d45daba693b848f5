/** Every shared UI string in English: what an English page loads (see `loadCatalogue`). */
import * as core from './messages.ts';
import * as sources from './messages-sources.ts';
import * as daily from './messages-daily.ts';
import * as embed from './messages-embed.ts';
import * as compose from './messages-compose.ts';
import * as publish from './messages-publish.ts';
import * as lede from './messages-lede.ts';

export const en = {
	...core.en,
	...sources.en,
	...daily.en,
	...embed.en,
	...compose.en,
	...publish.en,
	...lede.en
};
export type MessageKey = keyof typeof en;
