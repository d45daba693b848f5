import { dataHistory } from './build-info.server.ts';
import { changesView, nightChanges, type ChangesView, type NightChange } from './changes-view.ts';

let view: ChangesView | undefined;
let byNight: Map<string, NightChange[]> | undefined;

/** The changes page's content, worked out once per build. */
export function changesPage(): ChangesView {
	return (view ??= changesView(dataHistory()));
}

/** The changes that touched a night, newest first; empty without the history. */
export function changesOfNight(night: string): NightChange[] {
	byNight ??= nightChanges(changesPage(), dataHistory());
	return byNight.get(night) ?? [];
}
