package org.trio.access;

/**
 * Security expressions naming groups of roles, for {@code @PreAuthorize} on controllers. Access to one apprentice is
 * decided by {@link AccessPolicy}; these only say which kinds of users reach a page at all.
 */
public final class Roles {

    /** Every account of the CFA's or network's staff. */
    public static final String STAFF = "hasAnyRole('CFA_DIRECTOR','NETWORK_ADMIN','PLACEMENT_ADVISOR',"
            + "'DEPUTY_PEDAGOGY','DEPUTY_SOCIAL','TUTOR','SECRETARIAT','DISABILITY_REFERENT','MOBILITY_REFERENT',"
            + "'QUALITY_MANAGER','PROGRAMME_LEAD')";

    /** Staff who administer records (people, organisations, programmes). */
    public static final String ADMINISTRATION = "hasAnyRole('CFA_DIRECTOR','NETWORK_ADMIN','SECRETARIAT')";

    /** Direction of a CFA or of the network. */
    public static final String DIRECTION = "hasAnyRole('CFA_DIRECTOR','NETWORK_ADMIN')";

    /** Everyone who may open an apprentice's file (the policy then checks the link to that apprentice). */
    public static final String APPRENTICE_FILE = "hasAnyRole('CFA_DIRECTOR','NETWORK_ADMIN','PLACEMENT_ADVISOR',"
            + "'DEPUTY_PEDAGOGY','DEPUTY_SOCIAL','TUTOR','SECRETARIAT','DISABILITY_REFERENT','MOBILITY_REFERENT',"
            + "'QUALITY_MANAGER','PROGRAMME_LEAD','MENTOR','EMPLOYER','APPRENTICE','LEGAL_REPRESENTATIVE')";

    /** Everyone allowed to see aggregated indicators, observers included. */
    public static final String INDICATORS = "hasAnyRole('CFA_DIRECTOR','NETWORK_ADMIN','PLACEMENT_ADVISOR',"
            + "'DEPUTY_PEDAGOGY','DEPUTY_SOCIAL','SECRETARIAT','QUALITY_MANAGER','PROGRAMME_LEAD','OBSERVER')";

    /** Who runs the CFA's quality system: complaints, improvement measures, surveys, Qualiopi evidence, conseil. */
    public static final String QUALITY = "hasAnyRole('CFA_DIRECTOR','NETWORK_ADMIN','QUALITY_MANAGER')";

    /** Who self-assesses a diploma's quality trajectory (the charter): quality staff and the pedagogical team. */
    public static final String QUALITY_TRAJECTORY =
            "hasAnyRole('CFA_DIRECTOR','NETWORK_ADMIN','QUALITY_MANAGER','PROGRAMME_LEAD','DEPUTY_PEDAGOGY')";

    /** Who records what former apprentices became (insertion follow-up after training). */
    public static final String INSERTION =
            "hasAnyRole('CFA_DIRECTOR','NETWORK_ADMIN','PLACEMENT_ADVISOR','QUALITY_MANAGER')";

    /** Who registers apprentices and corrects their identity (the access policy then checks the CFA). */
    public static final String APPRENTICE_REGISTRATION =
            "hasAnyRole('CFA_DIRECTOR','NETWORK_ADMIN','PLACEMENT_ADVISOR','SECRETARIAT')";

    /** Who records employers and their maîtres d'apprentissage. */
    public static final String EMPLOYER_RELATIONS =
            "hasAnyRole('CFA_DIRECTOR','NETWORK_ADMIN','PLACEMENT_ADVISOR','SECRETARIAT')";

    /** Anybody logged in (e.g. to change their own password). */
    public static final String AUTHENTICATED = "isAuthenticated()";

    private Roles() {}
}
