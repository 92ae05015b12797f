package org.trio.attendance.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.trio.access.ApprenticeScope;
import org.trio.access.CurrentUser;
import org.trio.referential.CohortInfo;
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.SiteInfo;

/** The cohorts of a school year a staff member may open: those of their organisations, and those they teach. */
@Component
class CohortDirectory {

    /** A cohort with its site and programme, for lists. */
    record CohortRow(CohortInfo cohort, SiteInfo site, ProgrammeInfo programme) {}

    private final ReferentialManagement referential;
    private final AttendanceAccess access;

    CohortDirectory(ReferentialManagement referential, AttendanceAccess access) {
        this.referential = referential;
        this.access = access;
    }

    /** The sites the user works for (every site of their CFAs, or their own site). */
    List<SiteInfo> sitesOf(CurrentUser user) {
        if (!user.role().isStaff()) {
            return List.of();
        }
        Map<Long, SiteInfo> sites = new LinkedHashMap<>();
        ApprenticeScope scope = access.scopeOf(user);
        Set<Long> cfas = new LinkedHashSet<>(scope.cfaIds());
        if (user.role().scope() == org.trio.access.Role.ScopeKind.LINKED && user.cfaId() != null) {
            cfas.add(user.cfaId());
        }
        for (long cfa : cfas) {
            referential.sitesOfCfa(cfa).stream()
                    .filter(site -> user.siteId() == null
                            || user.role().scope() != org.trio.access.Role.ScopeKind.LINKED
                            || site.id() == user.siteId())
                    .forEach(site -> sites.put(site.id(), site));
        }
        scope.siteIds().forEach(siteId -> referential.site(siteId).ifPresent(site -> sites.put(site.id(), site)));
        List<SiteInfo> list = new ArrayList<>(sites.values());
        list.sort(Comparator.comparing(SiteInfo::name));
        return list;
    }

    /** The cohorts of the school year at the given sites (or all of the user's), plus those the user teaches. */
    List<CohortRow> cohorts(CurrentUser user, int schoolYear, Long siteId) {
        Map<Long, CohortInfo> cohorts = new LinkedHashMap<>();
        for (SiteInfo site : sitesOf(user)) {
            if (siteId == null || siteId == site.id()) {
                referential.cohortsOfSite(site.id(), schoolYear).forEach(cohort -> cohorts.put(cohort.id(), cohort));
            }
        }
        if (user.personId() != null && user.role().isStaff()) {
            for (long taught : access.cohortsTaughtBy(user.personId())) {
                referential
                        .cohort(taught)
                        .filter(cohort -> cohort.schoolYear().startYear() == schoolYear)
                        .filter(cohort -> siteId == null || cohort.siteId() == siteId)
                        .ifPresent(cohort -> cohorts.put(cohort.id(), cohort));
            }
        }
        Map<Long, ProgrammeInfo> programmes = referential.programmes(
                cohorts.values().stream().map(CohortInfo::programmeId).toList());
        Map<Long, SiteInfo> sites = new LinkedHashMap<>();
        List<CohortRow> rows = new ArrayList<>();
        for (CohortInfo cohort : cohorts.values()) {
            SiteInfo site = sites.computeIfAbsent(
                    cohort.siteId(), id -> referential.site(id).orElseThrow());
            rows.add(new CohortRow(cohort, site, programmes.get(cohort.programmeId())));
        }
        rows.sort(Comparator.comparing((CohortRow row) -> row.site().name())
                .thenComparing(row -> row.cohort().label()));
        return rows;
    }
}
