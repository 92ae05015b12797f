package org.trio.contract.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.trio.access.AccessPolicy;
import org.trio.access.ApprenticeScope;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.referential.CfaInfo;
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.SiteInfo;

/**
 * What indicator pages count over: the user's scope, except observers, who see aggregated figures of their network and
 * never the people behind them; and the organisations and programmes a user may filter on.
 */
@Component
class IndicatorScope {

    /** Figures shown outside the CFA staff are hidden below this denominator (indicators.md). */
    static final int MINIMUM_DENOMINATOR = 20;

    private final AccessPolicy policy;
    private final ReferentialManagement referential;

    IndicatorScope(AccessPolicy policy, ReferentialManagement referential) {
        this.policy = policy;
        this.referential = referential;
    }

    ApprenticeScope countingScope(CurrentUser user) {
        if (user.role().scope() == Role.ScopeKind.NONE) {
            if (user.networkId() == null) {
                return ApprenticeScope.nobody();
            }
            Set<Long> cfas = new HashSet<>();
            referential.cfasOfNetwork(user.networkId()).forEach(cfa -> cfas.add(cfa.id()));
            return new ApprenticeScope(cfas, Set.of(), Set.of());
        }
        return policy.scopeOf(user);
    }

    /** Whether the user may see the people behind the numbers. */
    boolean seesPeople(CurrentUser user) {
        return user.role().scope() != Role.ScopeKind.NONE;
    }

    /** Whether small denominators must be hidden for this user. */
    boolean hidesSmallNumbers(CurrentUser user) {
        return !user.role().isStaff();
    }

    long networkOf(CurrentUser user) {
        if (user.networkId() != null) {
            return user.networkId();
        }
        if (user.cfaId() != null) {
            return referential.cfa(user.cfaId()).map(CfaInfo::networkId).orElse(-1L);
        }
        return referential.networkIds().stream().findFirst().orElse(-1L);
    }

    List<CfaInfo> cfas(CurrentUser user) {
        List<CfaInfo> all = referential.cfasOfNetwork(networkOf(user));
        if (user.role().scope() == Role.ScopeKind.ORGANISATION && user.cfaId() != null) {
            return all.stream().filter(cfa -> cfa.id() == user.cfaId()).toList();
        }
        return all;
    }

    List<SiteInfo> sites(CurrentUser user) {
        return cfas(user).stream()
                .flatMap(cfa -> referential.sitesOfCfa(cfa.id()).stream())
                .toList();
    }

    List<ProgrammeInfo> programmes(CurrentUser user) {
        return referential.programmesOfNetwork(networkOf(user));
    }

    /** The programmes matching the level, filière and diploma type filters; null when none is set. */
    List<Long> programmeIds(CurrentUser user, Long programmeId, Integer level, String sector, String diplomaType) {
        if (programmeId == null && level == null && blank(sector) && blank(diplomaType)) {
            return null;
        }
        return programmes(user).stream()
                .filter(p -> programmeId == null || p.id() == programmeId)
                .filter(p -> level == null || p.level() == level)
                .filter(p -> blank(sector) || sector.equals(p.sector()))
                .filter(p ->
                        blank(diplomaType) || diplomaType.equals(p.diplomaType().name()))
                .map(ProgrammeInfo::id)
                .toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
