package org.xinsheng.staff;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Signs and checks staff tokens (HS256) with {@code xinsheng.jwt.secret} (env XINSHENG_JWT_SECRET, at least 32
 * characters). Every node behind a load balancer must share it. Only the embedded demo database may start without
 * one: it then gets a random secret that lives as long as the process, so tokens end with a restart. Checked at
 * startup ({@code @Context}), so a node without the secret does not start at all.
 */
@Factory
public class JwtSecretFactory {

    private static final Logger LOG = LoggerFactory.getLogger(JwtSecretFactory.class);

    @Context
    @Named("generator")
    SignatureGeneratorConfiguration signature(@Value("${xinsheng.jwt.secret:}") String secret,
                                              @Value("${datasources.default.url}") String databaseUrl) {
        String key = secret;
        if (key == null || key.isBlank()) {
            if (!databaseUrl.startsWith("jdbc:h2:")) {
                throw new ConfigurationException("Set XINSHENG_JWT_SECRET (32 characters or more, the same on every "
                        + "node) to sign staff tokens; only the embedded demo database runs without it.");
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            key = Base64.getEncoder().encodeToString(random);
            LOG.warn("XINSHENG_JWT_SECRET is not set: staff tokens are signed with a random key and end with this process.");
        } else if (key.length() < 32) {
            throw new ConfigurationException("XINSHENG_JWT_SECRET must have at least 32 characters.");
        }
        SecretSignatureConfiguration config = new SecretSignatureConfiguration("generator");
        config.setSecret(key);
        return new SecretSignature(config);
    }
}
