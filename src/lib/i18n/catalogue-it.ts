/** Every shared UI string in Italian: what an Italian page loads (see `loadCatalogue`). */
import type { MessageKey } from './catalogue-en.ts';
import * as core from './messages.it.ts';
import * as sources from './messages-sources.it.ts';
import * as daily from './messages-daily.it.ts';
import * as embed from './messages-embed.it.ts';
import * as compose from './messages-compose.it.ts';
import * as publish from './messages-publish.it.ts';
import * as lede from './messages-lede.it.ts';

export const it: Record<MessageKey, string> = {
	...core.it,
	...sources.it,
	...daily.it,
	...embed.it,
	...compose.it,
	...publish.it,
	...lede.it
};
