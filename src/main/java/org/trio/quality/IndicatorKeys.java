package org.trio.quality;

/** The names of the indicators modules provide (see {@code docs/modules/quality.md} for each definition). */
public final class IndicatorKeys {

    // Charter, poste 1 périmètre 3 and poste 4 (indicators.md §3)
    public static final String SATISFACTION_APPRENTICES = "satisfaction.apprentices";
    public static final String SATISFACTION_EMPLOYERS = "satisfaction.employers";
    /** Hours realised ÷ hours planned (attendance module). */
    public static final String COMPLETION = "training.completion";
    /** Hours of absence ÷ hours planned (attendance module). */
    public static final String ABSENTEEISM = "training.absenteeism";
    /** Visits done within the policy's windows ÷ visits due (visit module). */
    public static final String VISITS_ON_TIME = "follow-up.visits-on-time";
    /** Evaluations done by the maître and the trainer ÷ evaluations due (booklet module). */
    public static final String EVALUATIONS_DONE = "follow-up.evaluations-done";

    public static final String FAILURE = "exam.failure";
    public static final String OBTENTION = "exam.obtention";
    /** Contracts concluded in the school year that were broken ÷ contracts concluded (L6111-8 and charter). */
    public static final String RUPTURE = "contract.rupture";
    /** Enrolled apprentices who interrupted their training (abandon) ÷ enrolled (L6111-8 and charter). */
    public static final String INTERRUPTION = "training.interruption";

    public static final String FURTHER_STUDIES = "insertion.further-studies";
    public static final String EMPLOYMENT_6 = "insertion.employment.6";
    public static final String EMPLOYMENT_12 = "insertion.employment.12";
    public static final String EMPLOYMENT_18 = "insertion.employment.18";
    public static final String EMPLOYMENT_24 = "insertion.employment.24";
    public static final String FAVOURABLE = "insertion.favourable";
    /**
     * The L6111-8 "valeur ajoutée" of the establishment: InserJeunes computes it nationally, against rates expected from
     * the profile of the apprentices and the local job market that only the national statistics hold. Trio cannot
     * compute it from its own records and no module returns it: the page says where it comes from instead.
     */
    public static final String VALUE_ADDED = "insertion.value-added";
    /** Average months of job search of the employed leavers. */
    public static final String JOB_SEARCH_MONTHS = "insertion.job-search-months";

    public static final String JOB_MATCHES_DIPLOMA = "insertion.job-matches-diploma";
    public static final String PERMANENT_CONTRACT = "insertion.permanent-contract";

    private IndicatorKeys() {}
}
