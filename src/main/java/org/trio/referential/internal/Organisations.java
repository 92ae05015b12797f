package org.trio.referential.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.trio.access.CurrentUser;
import org.trio.access.Role;

/**
 * Which CFAs a member of staff works with, for the organisation pages (CFAs, sites, staff, cohorts): the network admin
 * sees and manages every CFA of the network; other staff see their own CFA, its director manages it, and the
 * administration (director, network admin, secretariat) keeps its records (cohorts, apprentices). People outside the
 * staff see no organisation page.
 */
@Component
class Organisations {

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The CFAs whose organisation pages the user sees, by name. */
    List<Long> visibleCfaIds(CurrentUser user) {
        if (user.role() == Role.NETWORK_ADMIN && user.networkId() != null) {
            return jdbc.sql("select id from referential.cfa where network_id = ? order by name")
                    .param(user.networkId())
                    .query(Long.class)
                    .list();
        }
        if (user.role().isStaff() && user.cfaId() != null) {
            return List.of(user.cfaId());
        }
        return List.of();
    }

    boolean sees(CurrentUser user, long cfaId) {
        if (user.role() == Role.NETWORK_ADMIN) {
            return user.networkId() != null && user.networkId().equals(networkOfCfa(cfaId));
        }
        return user.role().isStaff() && user.cfaId() != null && user.cfaId() == cfaId;
    }

    /** The direction of the CFA (its director) or of the network. */
    boolean manages(CurrentUser user, long cfaId) {
        return (user.role() == Role.NETWORK_ADMIN || user.role() == Role.CFA_DIRECTOR) && sees(user, cfaId);
    }

    /** The administration of the CFA: its direction and its secretariat. */
    boolean administers(CurrentUser user, long cfaId) {
        return (user.role() == Role.SECRETARIAT || manages(user, cfaId)) && sees(user, cfaId);
    }

    void requireSees(CurrentUser user, long cfaId) {
        if (!sees(user, cfaId)) {
            throw new AccessDeniedException("CFA hors de votre périmètre");
        }
    }

    void requireManages(CurrentUser user, long cfaId) {
        if (!manages(user, cfaId)) {
            throw new AccessDeniedException("CFA hors de votre périmètre");
        }
    }

    void requireAdministers(CurrentUser user, long cfaId) {
        if (!administers(user, cfaId)) {
            throw new AccessDeniedException("CFA hors de votre périmètre");
        }
    }

    /** The network of the user's organisation pages (programmes, staff of the network). */
    long networkOf(CurrentUser user) {
        if (user.networkId() == null || !user.role().isStaff()) {
            throw new AccessDeniedException("Réservé au personnel du réseau");
        }
        return user.networkId();
    }

    @Nullable
    Long networkOfCfa(long cfaId) {
        return jdbc.sql("select network_id from referential.cfa where id = ?")
                .param(cfaId)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    long cfaOfSite(long siteId) {
        return jdbc.sql("select cfa_id from referential.site where id = ?")
                .param(siteId)
                .query(Long.class)
                .optional()
                .orElseThrow(Organisations::notFound);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
