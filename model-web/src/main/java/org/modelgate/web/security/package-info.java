/**
 * Sign-in with Jakarta Security: users and PBKDF2 hashes in the database; browsers sign in on a
 * form and keep a session cookie, API clients send HTTP Basic, whose verified credentials are
 * remembered briefly so a burst of calls does not pay the hash each time.
 */
package org.modelgate.web.security;
