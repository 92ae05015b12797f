package org.trio.referential;

/** What a staff member does in the CFA or network (glossary roles of the staff side). */
public enum StaffFunction {
    DIRECTOR,
    NETWORK_ADMIN,
    PLACEMENT_ADVISOR,
    DEPUTY_PEDAGOGY,
    DEPUTY_SOCIAL,
    TRAINER,
    SECRETARIAT,
    DISABILITY_REFERENT,
    MOBILITY_REFERENT,
    QUALITY_MANAGER,
    PROGRAMME_LEAD,
    ANIMATOR
}
