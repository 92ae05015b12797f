package org.trio.contract.internal;

/** Which roles reach the module's pages (the access policy then decides per apprentice). */
final class ContractRoles {

    /** Record and change enrolments, contracts and ruptures: direction, CJE, secretariat. */
    static final String RECORD = "hasAnyRole('CFA_DIRECTOR','PLACEMENT_ADVISOR','SECRETARIAT')";

    /** Follow the six months after a rupture. */
    static final String SUPPORT =
            "hasAnyRole('CFA_DIRECTOR','PLACEMENT_ADVISOR','DEPUTY_PEDAGOGY','DEPUTY_SOCIAL','SECRETARIAT')";

    private ContractRoles() {}
}
