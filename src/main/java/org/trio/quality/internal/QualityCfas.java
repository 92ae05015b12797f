package org.trio.quality.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.referential.CfaInfo;
import org.trio.referential.CohortInfo;
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.SiteInfo;
import org.trio.shared.SchoolYear;

/**
 * Which CFAs a user's quality pages cover: the account's CFA, or every CFA of the network for the tête de réseau (who
 * then picks one), and which programmes each CFA runs in a school year.
 */
@Component
class QualityCfas {

    private final ReferentialManagement referential;

    QualityCfas(ReferentialManagement referential) {
        this.referential = referential;
    }

    List<CfaInfo> visibleTo(CurrentUser user) {
        if (user.cfaId() != null) {
            return referential.cfa(user.cfaId()).stream().toList();
        }
        if ((user.role() == Role.NETWORK_ADMIN || user.role() == Role.OBSERVER) && user.networkId() != null) {
            return referential.cfasOfNetwork(user.networkId());
        }
        return List.of();
    }

    /** The CFA asked for (or the user's first one); refuses a CFA the user does not cover. */
    CfaInfo resolve(CurrentUser user, @Nullable Long requested) {
        List<CfaInfo> visible = visibleTo(user);
        if (visible.isEmpty()) {
            throw new AccessDeniedException("Aucun CFA rattaché à ce compte");
        }
        if (requested == null) {
            return visible.get(0);
        }
        return visible.stream()
                .filter(cfa -> cfa.id() == requested)
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("CFA hors de votre périmètre : " + requested));
    }

    /** Refuses (403) unless the user covers this CFA. */
    void require(CurrentUser user, long cfaId) {
        resolve(user, cfaId);
    }

    /** The cohorts of the CFA's sites in the school year (of one programme, when given). */
    List<CohortInfo> cohortsOf(long cfaId, int schoolYear, @Nullable Long programmeId) {
        List<CohortInfo> cohorts = new ArrayList<>();
        for (SiteInfo site : referential.sitesOfCfa(cfaId)) {
            for (CohortInfo cohort : referential.cohortsOfSite(site.id(), schoolYear)) {
                if (programmeId == null || cohort.programmeId() == programmeId) {
                    cohorts.add(cohort);
                }
            }
        }
        return cohorts;
    }

    /** The programmes with a cohort at one of the CFA's sites during the school year, by label. */
    List<ProgrammeInfo> programmesOf(long cfaId, SchoolYear year) {
        Set<Long> ids = new TreeSet<>();
        cohortsOf(cfaId, year.startYear(), null).forEach(cohort -> ids.add(cohort.programmeId()));
        List<ProgrammeInfo> programmes =
                new ArrayList<>(referential.programmes(ids).values());
        programmes.sort(java.util.Comparator.comparing(ProgrammeInfo::label));
        return programmes;
    }

    /** The programmes a user may self-assess: all of the CFA's, or those a responsable de formation leads. */
    List<ProgrammeInfo> programmesFor(CurrentUser user, long cfaId, SchoolYear year) {
        List<ProgrammeInfo> programmes = programmesOf(cfaId, year);
        if (user.role() == Role.PROGRAMME_LEAD) {
            List<Long> led = user.personId() == null ? List.of() : referential.programmesLedBy(user.personId());
            return programmes.stream().filter(p -> led.contains(p.id())).toList();
        }
        return programmes;
    }

    ProgrammeInfo requireProgramme(CurrentUser user, long cfaId, long programmeId, SchoolYear year) {
        return programmesFor(user, cfaId, year).stream()
                .filter(p -> p.id() == programmeId)
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("Formation hors de votre périmètre : " + programmeId));
    }
}
