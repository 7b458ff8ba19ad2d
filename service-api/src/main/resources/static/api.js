// Every request of the dashboard goes through request(): it adds "Authorization: Bearer <key>" when a key is
// stored for this browser tab, and on 401 asks for a key in a small login box and retries. Artifacts (images,
// downloads) are fetched the same way and handed to the page as blob: URLs, never as bare links, so nothing
// changes for the page when the API starts to require keys.

const KEY = 'spinsim.apiKey';

/** An RFC 7807 problem returned by the API. */
export class ApiProblem extends Error {
  constructor(status, body) {
    super((body && (body.detail || body.title)) || `HTTP ${status}`);
    this.status = status;
    this.body = body || {};
  }

  /** "spec.material.alpha: is out of range (allowed: [0, 10])" lines, or the detail alone. */
  lines() {
    const errors = this.body.errors || [];
    return errors.length ? errors.map(e => `${e.field}: ${e.message}` + (e.allowed ? ` (allowed: ${e.allowed})` : ''))
      : [this.message];
  }
}

export const apiKey = {
  get: () => sessionStorage.getItem(KEY),
  set: key => sessionStorage.setItem(KEY, key),
  clear: () => sessionStorage.removeItem(KEY),
};

let pendingLogin = null;

/** Shows the login box once, however many requests met a 401 meanwhile; resolves when a key was entered. */
function askForKey(reason) {
  if (!pendingLogin) {
    pendingLogin = new Promise(resolve => {
      const box = document.getElementById('login');
      const input = document.getElementById('login-key');
      document.getElementById('login-reason').textContent = reason;
      box.hidden = false;
      input.value = '';
      input.focus();
      document.getElementById('login-form').onsubmit = event => {
        event.preventDefault();
        if (!input.value.trim()) {
          return;
        }
        apiKey.set(input.value.trim());
        box.hidden = true;
        pendingLogin = null;
        document.dispatchEvent(new CustomEvent('spinsim:key'));
        resolve();
      };
    });
  }
  return pendingLogin;
}

/** fetch() with the stored key; a 401 asks for a (new) key and tries again. */
export async function request(path, options = {}) {
  const headers = new Headers(options.headers || {});
  const key = apiKey.get();
  if (key) {
    headers.set('Authorization', 'Bearer ' + key);
  }
  const response = await fetch(path, {...options, headers});
  if (response.status === 401) {
    if (key) {
      apiKey.clear();
    }
    await askForKey(key ? 'The key was not accepted (wrong or revoked). Paste another one.'
      : 'This server needs an API key.');
    return request(path, options);
  }
  return response;
}

async function problem(response) {
  const text = await response.text();
  try {
    return new ApiProblem(response.status, JSON.parse(text));
  } catch (e) {
    return new ApiProblem(response.status, {detail: text || response.statusText});
  }
}

/** GET (or the given method) and parse JSON; a non-2xx answer throws ApiProblem. */
export async function json(path, options = {}) {
  const response = await request(path, options);
  if (!response.ok) {
    throw await problem(response);
  }
  return response.json();
}

export function postJson(path, body) {
  return json(path, {method: 'POST', headers: {'Content-Type': 'application/json'},
    body: typeof body === 'string' ? body : JSON.stringify(body)});
}

const blobs = new Map();

/** The artifact's bytes as a Blob, fetched once per artifact (artifacts never change). */
function artifactBlob(artifact) {
  if (!blobs.has(artifact.id)) {
    blobs.set(artifact.id, request(artifact.href).then(async r => {
      if (!r.ok) {
        blobs.delete(artifact.id);
        throw await problem(r);
      }
      return r.blob();
    }));
  }
  return blobs.get(artifact.id);
}

const urls = new Map();

/** A blob: URL of the artifact, for <img src> and downloads. */
export async function artifactUrl(artifact) {
  if (!urls.has(artifact.id)) {
    urls.set(artifact.id, URL.createObjectURL(await artifactBlob(artifact)));
  }
  return urls.get(artifact.id);
}

export async function artifactText(artifact) {
  return (await artifactBlob(artifact)).text();
}

/** Saves the artifact under its own name, through a blob: URL. */
export async function download(artifact) {
  const a = document.createElement('a');
  a.href = await artifactUrl(artifact);
  a.download = artifact.name;
  document.body.appendChild(a);
  a.click();
  a.remove();
}
