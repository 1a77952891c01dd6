// The REST API as the admin uses it: bearer tokens kept for this browser tab, refreshed once when they expire,
// and every error turned into an ApiError carrying the problem's detail and field errors.

const TOKENS = 'drop.admin.tokens';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.errors = problem.errors || [];
  }
}

function tokens() {
  return JSON.parse(sessionStorage.getItem(TOKENS) || 'null');
}

export function signedIn() {
  return tokens() !== null;
}

export function signOut() {
  const held = tokens();
  sessionStorage.removeItem(TOKENS);
  if (held) {
    fetch('/api/v1/auth/logout', {method: 'POST', headers: {Authorization: `Bearer ${held.access_token}`}})
      .catch(() => {});
  }
}

export async function signIn(email, password, totp) {
  const body = {email, password};
  if (totp) body.totp = totp;
  const response = await fetch('/api/v1/auth/login', {
    method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body),
  });
  if (!response.ok) throw await problem(response);
  sessionStorage.setItem(TOKENS, JSON.stringify(await response.json()));
}

export async function register(email, password) {
  const response = await fetch('/api/v1/auth/register', {
    method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({email, password}),
  });
  if (!response.ok) throw await problem(response);
}

/** What the password would get at registration, and zxcvbn's score, warning and suggestions; stores nothing. */
export async function passwordStrength(email, password) {
  const response = await fetch('/api/v1/auth/password-strength', {
    method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({email, password}),
  });
  if (!response.ok) throw await problem(response);
  return response.json();
}

async function refresh() {
  const held = tokens();
  if (!held) return false;
  const response = await fetch('/api/v1/auth/refresh', {
    method: 'POST', headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({refresh_token: held.refresh_token}),
  });
  if (!response.ok) {
    sessionStorage.removeItem(TOKENS);
    return false;
  }
  sessionStorage.setItem(TOKENS, JSON.stringify(await response.json()));
  return true;
}

async function problem(response) {
  let body = {};
  try {
    body = await response.json();
  } catch (notJson) {
    body = {title: response.statusText};
  }
  return new ApiError(response.status, body);
}

/** Sends a request to /api; {json} becomes a JSON body, {body} is sent as given. Returns the response. */
export async function call(method, path, {json, body, headers = {}} = {}, retried = false) {
  const held = tokens();
  const all = {...headers};
  if (held) all.Authorization = `Bearer ${held.access_token}`;
  if (json !== undefined) all['Content-Type'] = 'application/json';
  const response = await fetch(`/api${path}`, {method, headers: all, body: json !== undefined ? JSON.stringify(json) : body});
  if (response.status === 401 && !retried && await refresh()) {
    return call(method, path, {json, body, headers}, true);
  }
  if (response.status === 401) {
    sessionStorage.removeItem(TOKENS);
    window.dispatchEvent(new Event('drop:signed-out'));
  }
  if (!response.ok) throw await problem(response);
  return response;
}

export async function get(path) {
  return (await call('GET', path)).json();
}

export async function send(method, path, json, headers) {
  const response = await call(method, path, {json, headers});
  return response.status === 204 ? null : response.json();
}
