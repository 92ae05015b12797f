package org.trio.exchange.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.access.AuditTrail;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.shared.InvalidInputException;

/**
 * API keys of organisations: a key belongs to a CFA (or to the whole network), has scopes, and is shown once when it
 * is created — only its prefix and a SHA-256 digest of its secret are kept (the secret is 256 random bits, so a plain
 * digest cannot be reversed by guessing). Creation and revocation are written to the audit trail.
 *
 * <p>A key reads {@code trio_<prefix>_<secret>}: the prefix finds the key, the secret proves it.
 */
@Service
@Transactional
class ApiKeys {

    /** A key as the pages and the filter see it (never its secret). */
    record Key(
            long id,
            long networkId,
            @Nullable Long cfaId,
            String label,
            String prefix,
            Set<ApiScope> scopes,
            String createdBy,
            @Nullable Long createdByAccount,
            OffsetDateTime createdAt,
            @Nullable OffsetDateTime revokedAt,
            @Nullable OffsetDateTime lastUsedAt) {

        public boolean active() {
            return revokedAt == null;
        }

        boolean allows(ApiScope scope) {
            return scopes.contains(scope);
        }

        /** Who the key acts as: the organisation's administration, traced as the key. */
        CurrentUser asUser() {
            return new CurrentUser(
                    createdByAccount == null ? 0 : createdByAccount,
                    "clé d'API " + prefix + " (" + label + ")",
                    label,
                    cfaId == null ? Role.NETWORK_ADMIN : Role.CFA_DIRECTOR,
                    networkId,
                    cfaId,
                    null,
                    null);
        }

        public String scopeCodes() {
            return scopes.stream().map(ApiScope::code).collect(Collectors.joining(" "));
        }
    }

    /** A new key and its whole text, to show once. */
    record Created(Key key, String secret) {}

    private static final String PREFIX = "trio_";
    private static final String SELECT = "select id, network_id, cfa_id, label, prefix, scopes, created_by,"
            + " created_by_account, created_at, revoked_at, last_used_at from exchange.api_key";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiKeys(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a key for a CFA (or the network when {@code cfaId} is null) and traces it. */
    Created create(CurrentUser by, long networkId, @Nullable Long cfaId, String label, Set<ApiScope> scopes) {
        String name = label == null ? "" : label.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw InvalidInputException.of("label", "apiKey.label.invalid");
        }
        if (scopes.isEmpty()) {
            throw InvalidInputException.of("scopes", "apiKey.scopes.empty");
        }
        String prefix = token(6).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "x");
        String secret = token(32);
        long id = jdbc.sql("""
                        insert into exchange.api_key (network_id, cfa_id, label, prefix, secret_hash, scopes, created_by,
                          created_by_account, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        networkId,
                        cfaId,
                        name,
                        prefix,
                        digest(secret),
                        scopes.stream().map(ApiScope::code).sorted().collect(Collectors.joining(" ")),
                        by.username(),
                        by.accountId() > 0 ? by.accountId() : null,
                        OffsetDateTime.now(clock))
                .query(Long.class)
                .single();
        Key key = key(id).orElseThrow();
        audit.recordEvent(
                "API_KEY_CREATED",
                "Clé d'API « " + name + " » (" + prefix + ") créée, portées : " + key.scopeCodes()
                        + (cfaId == null ? ", pour tout le réseau" : ", pour le CFA " + cfaId));
        return new Created(key, PREFIX + prefix + "_" + secret);
    }

    /** Revokes a key (it stops working at once) and traces it. */
    void revoke(CurrentUser by, long keyId) {
        Key key = key(keyId).orElseThrow(() -> InvalidInputException.of("id", "apiKey.unknown"));
        if (!key.active()) {
            return;
        }
        jdbc.sql("update exchange.api_key set revoked_at = ?, revoked_by = ? where id = ?")
                .params(OffsetDateTime.now(clock), by.username(), keyId)
                .update();
        audit.recordEvent("API_KEY_REVOKED", "Clé d'API « " + key.label() + " » (" + key.prefix() + ") révoquée");
    }

    @Transactional(readOnly = true)
    Optional<Key> key(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::map).optional();
    }

    /** The keys of a network, or of one CFA, newest first. */
    @Transactional(readOnly = true)
    List<Key> keys(long networkId, @Nullable Long cfaId) {
        return jdbc.sql(SELECT + " where network_id = :network and (:cfa = -1 or cfa_id = :cfa)"
                        + " order by created_at desc, id desc")
                .param("network", networkId)
                .param("cfa", cfaId == null ? -1L : cfaId)
                .query(this::map)
                .list();
    }

    /** The active key this text is, if any (a revoked, unknown or malformed key is none). */
    @Transactional
    Optional<Key> authenticate(@Nullable String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = text.substring(PREFIX.length());
        int separator = rest.indexOf('_');
        if (separator <= 0) {
            return Optional.empty();
        }
        String prefix = rest.substring(0, separator);
        String secret = rest.substring(separator + 1);
        Optional<String> stored = jdbc.sql(
                        "select secret_hash from exchange.api_key where prefix = ? and revoked_at is null")
                .param(prefix)
                .query(String.class)
                .optional();
        if (stored.isEmpty()
                || !MessageDigest.isEqual(
                        stored.get().getBytes(StandardCharsets.US_ASCII),
                        digest(secret).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                        update exchange.api_key set last_used_at = ?
                         where prefix = ? and (last_used_at is null or last_used_at < ?)""").params(now, prefix, now.minusMinutes(1)).update();
        return jdbc.sql(SELECT + " where prefix = ?")
                .param(prefix)
                .query(this::map)
                .optional();
    }

    private String token(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    static String digest(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Key map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(rs.getString(6).split(" "))
                .map(ApiScope::ofCode)
                .flatMap(Optional::stream)
                .forEach(scopes::add);
        return new Key(
                rs.getLong(1),
                rs.getLong(2),
                (Long) rs.getObject(3),
                rs.getString(4),
                rs.getString(5),
                Set.copyOf(scopes),
                rs.getString(7),
                (Long) rs.getObject(8),
                rs.getObject(9, OffsetDateTime.class),
                rs.getObject(10, OffsetDateTime.class),
                rs.getObject(11, OffsetDateTime.class));
    }
}
