/**
 * Sign-in with Jakarta Security: users and PBKDF2 hashes in the database; browsers sign in on a
 * form and keep a session cookie, API clients send HTTP Basic (verified credentials remembered
 * briefly so a burst of calls does not pay the hash each time) or a personal access token, without
 * a session. Also the edges every response passes: security headers, client address behind trusted
 * proxies, the sign-in throttle.
 */
package org.modelgate.web.security;
