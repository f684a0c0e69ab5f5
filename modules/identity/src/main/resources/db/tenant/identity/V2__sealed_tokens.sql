-- Tokens, nonces and PKCE verifiers are sealed at rest from now on: sessions and pending logins
-- written before cannot be opened and are ended (people log in again).
delete from web_session;
delete from login_attempt;
alter table web_session add column checked_at timestamptz not null;
alter table login_attempt alter column nonce type text;
alter table login_attempt alter column code_verifier type text;
create index web_session_last_seen on web_session (last_seen_at);
create index login_attempt_created on login_attempt (created_at);
