package org.trio.warning.internal;

/**
 * Who reaches the early warning's pages ({@code @PreAuthorize}); the access policy then checks each apprentice and
 * category of data. The seed names the people: the direction, the secretariat and the referent trainers are informed;
 * the ADCP, the ASE and the CJE assess and decide; the CJE calls the companies.
 */
final class WarningRoles {

    /** Who follows situations (trainers see their tutored apprentices only, through the policy's scope). */
    static final String TEAM = "hasAnyRole('CFA_DIRECTOR','NETWORK_ADMIN','PLACEMENT_ADVISOR','DEPUTY_PEDAGOGY',"
            + "'DEPUTY_SOCIAL','SECRETARIAT','TUTOR')";

    /** Who triages, decides actions and closes situations. */
    static final String TRIAGE = "hasAnyRole('CFA_DIRECTOR','PLACEMENT_ADVISOR','DEPUTY_PEDAGOGY','DEPUTY_SOCIAL')";

    /** The regular situation point: direction, CJE, ADCP, ASE and secretariat. */
    static final String POINT = "hasAnyRole('CFA_DIRECTOR','NETWORK_ADMIN','PLACEMENT_ADVISOR','DEPUTY_PEDAGOGY',"
            + "'DEPUTY_SOCIAL','SECRETARIAT')";

    /** Calls to companies. */
    static final String CALLS = "hasAnyRole('CFA_DIRECTOR','NETWORK_ADMIN','PLACEMENT_ADVISOR')";

    /** The risk view and its calibration. */
    static final String RISK =
            "hasAnyRole('CFA_DIRECTOR','NETWORK_ADMIN','PLACEMENT_ADVISOR','DEPUTY_PEDAGOGY'," + "'DEPUTY_SOCIAL')";

    /** Who may raise a signal (the policy then requires the right to change the apprentice's pedagogical data). */
    static final String REPORTERS = "hasAnyRole('CFA_DIRECTOR','PLACEMENT_ADVISOR','DEPUTY_PEDAGOGY','DEPUTY_SOCIAL',"
            + "'TUTOR','SECRETARIAT','MOBILITY_REFERENT','PROGRAMME_LEAD','MENTOR','APPRENTICE')";

    /** The page listing the apprentices one may report about, for people linked to a few apprentices. */
    static final String LINKED_REPORTERS = "hasAnyRole('TUTOR','PROGRAMME_LEAD','MENTOR','APPRENTICE')";

    /** Staff with notifications. */
    static final String NOTIFIED = "hasAnyRole('CFA_DIRECTOR','NETWORK_ADMIN','PLACEMENT_ADVISOR','DEPUTY_PEDAGOGY',"
            + "'DEPUTY_SOCIAL','SECRETARIAT','TUTOR')";

    /** The network's policy (call calendar, thresholds, weights) is changed by the head of the network. */
    static final String SETTINGS_WRITE = "hasRole('NETWORK_ADMIN')";

    private WarningRoles() {}
}
