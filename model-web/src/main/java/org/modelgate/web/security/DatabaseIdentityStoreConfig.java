package org.modelgate.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Users, hashes and roles live in the application's tables. Disabled accounts and guest accounts
 * past their expiry date cannot sign in. Iterations are read from each stored hash; the parameters
 * here match {@code PasswordHashing}, which writes them.
 */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = "java:app/jdbc/modelgate",
    callerQuery =
        "select password_hash from mg_user where username = ? and enabled = true"
            + " and (expires_at is null or expires_at > current_timestamp)",
    groupsQuery =
        "select r.role from mg_user_role r join mg_user u on u.id = r.user_id where u.username = ?",
    hashAlgorithm = Pbkdf2PasswordHash.class,
    hashAlgorithmParameters = {
      "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
      "Pbkdf2PasswordHash.Iterations=210000",
      "Pbkdf2PasswordHash.SaltSizeBytes=16",
      "Pbkdf2PasswordHash.KeySizeBytes=32"
    })
public class DatabaseIdentityStoreConfig {}
