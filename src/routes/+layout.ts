// every page is prerendered to static files, served by any static host or CDN
export const prerender = true;
