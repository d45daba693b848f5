// vitest: the unit tests render and word things in both languages, as the server does
import { useBothCatalogues } from './catalogues.ts';

useBothCatalogues();
