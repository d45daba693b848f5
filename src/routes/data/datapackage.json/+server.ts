import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { buildInfo } from '#lib/publish/build-info.server.ts';
import { dataPackage } from '#lib/publish/datapackage.ts';

export const prerender = true;

/** The Frictionless data package describing every download of /data, with the build's version and date. */
export const GET = (() => json(dataPackage(buildInfo()))) satisfies RequestHandler;
