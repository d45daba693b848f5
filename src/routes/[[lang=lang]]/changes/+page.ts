// a document, not an app: no hydration, so the page ships its content once (as markup) and
// no framework code; the header's theme select works through the inline theme script (theme-boot.ts)
export const csr = false;
