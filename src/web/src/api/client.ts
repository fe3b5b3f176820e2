import createClient from 'openapi-fetch';
import { authorizedFetch } from '../auth/authorized-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type ApiPaths = paths;

/** The one way the web app talks to the API: typed by the OpenAPI document, signed in by `authorizedFetch`. */
export const api = createClient<paths>({ baseUrl: window.location.origin, fetch: authorizedFetch });
