package org.trio.access;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which apprentices a user may see in lists: those held by one of the CFAs or sites, or listed one by one. An empty
 * scope sees nobody.
 *
 * <p>{@link #sql} turns the scope into a SQL condition for the module's own columns, with {@link #parameters}.
 */
public record ApprenticeScope(Set<Long> cfaIds, Set<Long> siteIds, Set<Long> apprenticeIds) {

    private static final long NONE = -1L;

    public static ApprenticeScope nobody() {
        return new ApprenticeScope(Set.of(), Set.of(), Set.of());
    }

    public boolean isEmpty() {
        return cfaIds.isEmpty() && siteIds.isEmpty() && apprenticeIds.isEmpty();
    }

    public boolean includes(long apprenticeId, ApprenticeOrganisation organisation) {
        return apprenticeIds.contains(apprenticeId)
                || cfaIds.contains(organisation.cfaId())
                || (organisation.siteId() != null && siteIds.contains(organisation.siteId()));
    }

    /**
     * The SQL condition selecting the rows of apprentices in scope.
     *
     * @param cfaColumn column holding the apprentice's CFA
     * @param siteColumn column holding the apprentice's site (may be null in rows)
     * @param apprenticeColumn column holding the apprentice id
     */
    public String sql(String cfaColumn, String siteColumn, String apprenticeColumn) {
        return "(" + cfaColumn + " in (:scopeCfaIds) or " + siteColumn + " in (:scopeSiteIds) or " + apprenticeColumn
                + " in (:scopeApprenticeIds))";
    }

    /** The parameters of {@link #sql}; never empty lists, which SQL does not accept. */
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("scopeCfaIds", orNone(cfaIds));
        parameters.put("scopeSiteIds", orNone(siteIds));
        parameters.put("scopeApprenticeIds", orNone(apprenticeIds));
        return parameters;
    }

    private static List<Long> orNone(Set<Long> ids) {
        return ids.isEmpty() ? List.of(NONE) : List.copyOf(ids);
    }
}
