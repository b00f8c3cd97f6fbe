/**
 * The signed-in person: a bearer token pasted on the sign-in screen, kept for this browser tab only.
 * The claims are read here to tailor the screens; the service verifies the token on every call.
 */
export interface Identity {
  subject: string;
  roles: string[];
  expiresAt: Date | null;
}

const KEY = 'quizbank.token';

/** The token, unless it has expired: then the person is signed out, as the service would refuse it. */
export function token(): string | null {
  const value = sessionStorage.getItem(KEY);
  const expiresAt = value ? claimsOf(value)?.expiresAt : null;
  if (expiresAt && expiresAt.getTime() <= Date.now()) {
    signOut();
    return null;
  }
  return value;
}

export function signIn(value: string): void {
  sessionStorage.setItem(KEY, value);
}

/** Forgets the token and what this tab kept for its owner (unsent sheets), and says so to the page. */
export function signOut(): void {
  sessionStorage.clear();
  window.dispatchEvent(new Event(SIGNED_OUT));
}

export const SIGNED_OUT = 'quizbank:signed-out';

export function identity(): Identity | null {
  const value = token();
  return value ? claimsOf(value) : null;
}

export function hasRole(role: string): boolean {
  return identity()?.roles.includes(role) ?? false;
}

/**
 * Authors publish quizzes and manage their own, admins manage every quiz. Which quizzes an author may
 * manage the client cannot tell (a quiz's owners are not public): the service answers a 403 problem, shown as such.
 */
export function managesQuizzes(): boolean {
  return hasRole('author') || hasRole('admin');
}

/** The claims of a compact JWT, or null when it is not one. */
export function claimsOf(value: string): Identity | null {
  const parts = value.split('.');
  if (parts.length !== 3) {
    return null;
  }
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const claims = JSON.parse(new TextDecoder().decode(bytes));
    return {
      subject: typeof claims.sub === 'string' ? claims.sub : '',
      roles: Array.isArray(claims.groups) ? claims.groups.filter((g: unknown) => typeof g === 'string') : [],
      expiresAt: typeof claims.exp === 'number' ? new Date(claims.exp * 1000) : null,
    };
  } catch {
    return null;
  }
}
