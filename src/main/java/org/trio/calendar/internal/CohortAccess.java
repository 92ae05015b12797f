package org.trio.calendar.internal;

import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.referential.CfaInfo;
import org.trio.referential.CohortInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.SiteInfo;

/** Whether a staff member may open a cohort's calendar: the cohort is held by their CFA (or site, or network). */
@Component
class CohortAccess {

    private final ReferentialManagement referential;

    CohortAccess(ReferentialManagement referential) {
        this.referential = referential;
    }

    /** The cohort, or 404 when unknown, 403 when outside the user's organisation. */
    CohortInfo require(CurrentUser user, long cohortId) {
        CohortInfo cohort =
                referential.cohort(cohortId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        SiteInfo site = referential.site(cohort.siteId()).orElseThrow();
        boolean allowed;
        if (user.role() == Role.NETWORK_ADMIN) {
            allowed = referential
                    .cfa(site.cfaId())
                    .map(CfaInfo::networkId)
                    .filter(network -> network.equals(user.networkId()))
                    .isPresent();
        } else {
            allowed = user.role().isStaff()
                    && Objects.equals(user.cfaId(), site.cfaId())
                    && (user.siteId() == null || user.siteId() == site.id());
        }
        if (!allowed) {
            throw new AccessDeniedException("Promotion hors de votre organisation : " + cohortId);
        }
        return cohort;
    }
}
