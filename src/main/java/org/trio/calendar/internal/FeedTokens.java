package org.trio.calendar.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.trio.access.AuditTrail;
import org.trio.access.CurrentUser;
import org.trio.access.Role;

/**
 * The secret tokens of the private iCalendar feeds: 256 random bits, shown once to their owner, stored as SHA-256 only,
 * one active per account; issuing a new one revokes the previous one.
 */
@Component
class FeedTokens {

    /** Who a token serves, as recorded when it was issued. */
    record Holder(long accountId, Role role, long personId, String displayName) {}

    /** The active token of an account, without its secret. */
    public record Active(
            String hint,
            OffsetDateTime createdAt,
            @org.jspecify.annotations.Nullable OffsetDateTime lastUsedAt) {}

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;

    FeedTokens(JdbcClient jdbc, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    Optional<Active> active(long accountId) {
        return jdbc.sql("select token_hint as hint, created_at, last_used_at from calendar.feed_token"
                        + " where account_id = ? and revoked_at is null")
                .param(accountId)
                .query(Active.class)
                .optional();
    }

    /** Issues a new token for the user (revoking the previous one) and returns it; it cannot be read again. */
    @Transactional
    String issue(CurrentUser user) {
        if (user.personId() == null) {
            throw new IllegalStateException("Compte sans personne liée : " + user.username());
        }
        revoke(user.accountId());
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into calendar.feed_token (account_id, role, person_id, display_name, token_hash, token_hint,"
                        + " created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        user.accountId(),
                        user.role().name(),
                        user.personId(),
                        user.displayName(),
                        hash(token),
                        token.substring(token.length() - 4),
                        OffsetDateTime.now(clock))
                .update();
        audit.recordRowChange(
                "calendar.feed_token",
                "…" + token.substring(token.length() - 4),
                null,
                Map.of(),
                Map.of("account_id", user.accountId(), "role", user.role().name()));
        return token;
    }

    @Transactional
    void revoke(long accountId) {
        int revoked = jdbc.sql(
                        "update calendar.feed_token set revoked_at = ? where account_id = ? and revoked_at is null")
                .params(OffsetDateTime.now(clock), accountId)
                .update();
        if (revoked > 0) {
            audit.recordRowChange(
                    "calendar.feed_token",
                    "compte " + accountId,
                    null,
                    Map.of("revoked_at", "null"),
                    Map.of("revoked_at", OffsetDateTime.now(clock)));
        }
    }

    /** The holder of an active token, recording its use. */
    @Transactional
    Optional<Holder> use(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("update calendar.feed_token set last_used_at = ? where token_hash = ? and revoked_at is null"
                        + " returning account_id, role, person_id, display_name")
                .params(OffsetDateTime.now(clock), hash(token))
                .query((rs, row) ->
                        new Holder(rs.getLong(1), Role.valueOf(rs.getString(2)), rs.getLong(3), rs.getString(4)))
                .optional();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
