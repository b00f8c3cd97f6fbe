import createClient from 'openapi-fetch';
import type { components, paths } from './generated/api';
import { signOut, token } from './session';

export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];

export const api = createClient<paths>({ baseUrl: location.origin });

api.use({
  onRequest({ request }) {
    const bearer = token();
    if (bearer) {
      request.headers.set('Authorization', `Bearer ${bearer}`);
    }
    return request;
  },
  onResponse({ request, response }) {
    // The service refused the token itself (revoked key, other issuer): it is of no further use.
    if (response.status === 401 && request.headers.has('Authorization')) {
      signOut();
    }
    return response;
  },
});

/** Every refusal of the service is a problem document; a body that is not one still reads as one. */
export function asProblem(error: unknown, response: Response): Problem {
  if (error && typeof error === 'object' && 'title' in error && 'status' in error) {
    return error as Problem;
  }
  return { type: 'about:blank', title: response.statusText || 'Error', status: response.status, detail: '' };
}

/** For the POSTs without a body: the service takes no POST without a Content-Type. */
export const NO_BODY = { 'Content-Type': 'application/json' };

/** Thrown where the page could not reach the service at all (offline, connection reset). */
export class Unreachable extends Error {}

/** Runs a call; a network failure becomes {@link Unreachable}. */
export async function reach<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (failure) {
    if (failure instanceof TypeError) {
      throw new Unreachable('The service could not be reached. Check your connection and try again.');
    }
    throw failure;
  }
}

/** A random key for Idempotency-Key; crypto.randomUUID exists only on secure origins. */
export function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
