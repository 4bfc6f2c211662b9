-- Accounts (issue 8): users, login sessions and API tokens. Until the first user exists, a server runs in
-- open local mode (no login, as before); from then on every request must authenticate (see
-- src/http/auth and ARCHITECTURE.md "Who is calling"). No secret is stored in a usable form: passwords as
-- scrypt hashes, session ids and API tokens as SHA-256 digests. The TOTP secret must be readable to check a
-- code, so it is stored as is: a backup of this database is as sensitive as the accounts it holds.

CREATE TABLE users (
  id uuid PRIMARY KEY,
  -- Written into the custody log as user:<name>; never renamed.
  name text NOT NULL UNIQUE CHECK (name ~ '^[a-z0-9][a-z0-9._-]{0,63}$'),
  -- scrypt$N=..,r=..,p=..$<salt>$<key> (src/domain/auth/password.ts).
  password_hash text NOT NULL CHECK (password_hash LIKE 'scrypt$%'),
  role text NOT NULL CHECK (role IN ('viewer', 'analyst', 'reviewer', 'admin')),
  -- The most this user may see (the server's --clearance caps it again).
  clearance text NOT NULL CHECK (clearance IN ('public', 'internal', 'confidential')),
  disabled boolean NOT NULL DEFAULT false,
  -- Consecutive failed logins, and the end of a lockout (src/domain/auth/limits.ts).
  failed_logins integer NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
  locked_until timestamptz,
  -- Base32 RFC 6238 secret when the second factor is on.
  totp_secret text CHECK (totp_secret IS NULL OR totp_secret ~ '^[A-Z2-7]{16,128}$'),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE sessions (
  -- SHA-256 (hex) of the session id the cookie carries.
  id_hash text PRIMARY KEY CHECK (id_hash ~ '^[0-9a-f]{64}$'),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  -- Sent back by the client in X-CSRF-Token on every state-changing request.
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE api_tokens (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  -- What the token is for, as its owner named it (e.g. "nightly import").
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  -- SHA-256 (hex) of the token; the token itself is shown once, when created.
  token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  scopes text[] NOT NULL CHECK (cardinality(scopes) > 0 AND scopes <@ ARRAY['read', 'write', 'import']::text[]),
  created_at timestamptz NOT NULL,
  expires_at timestamptz,
  revoked_at timestamptz,
  last_used_at timestamptz
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);
