package org.trio.platform.demo;

/** Names of the values demo contributors share through {@link DemoContext}. */
public final class DemoKeys {

    /** {@code Long}: the demo network. */
    public static final String NETWORK = "network";

    /** {@code long[]}: the CFAs, the first one being the CFA of the demo staff accounts. */
    public static final String CFAS = "cfas";

    /** {@code Map<Long, Long>}: the main site of each CFA. */
    public static final String MAIN_SITE_OF_CFA = "mainSiteOfCfa";

    /** {@code java.util.List<DemoPath>}: every apprentice's path. */
    public static final String PATHS = "paths";

    /** {@code Map<String, long[]>}: employers by filière. */
    public static final String EMPLOYERS_BY_SECTOR = "employersBySector";

    /** {@code Map<Long, long[]>}: the maîtres d'apprentissage of each employer. */
    public static final String MENTORS_OF_EMPLOYER = "mentorsOfEmployer";

    /** {@code Map<Long, long[]>}: the trainers of each CFA. */
    public static final String TRAINERS_OF_CFA = "trainersOfCfa";

    /** {@code Map<String, Long>}: one staff member per "FUNCTION:cfaId" (and "NETWORK_ADMIN"). */
    public static final String STAFF = "staff";

    /** {@code Map<Long, Long>}: the first legal representative of each minor apprentice. */
    public static final String LEGAL_REPRESENTATIVE_OF = "legalRepresentativeOf";

    /** {@code Long}: a maître d'apprentissage of the first CFA who has apprentices (for the demo account). */
    public static final String DEMO_MENTOR = "demoMentor";

    /** {@code Long}: the employer of {@link #DEMO_MENTOR}. */
    public static final String DEMO_EMPLOYER = "demoEmployer";

    /** {@code Long}: an apprentice of {@link #DEMO_MENTOR}, minor, with a legal representative. */
    public static final String DEMO_APPRENTICE = "demoApprentice";

    /** {@code Long}: a trainer of the first CFA who tutors apprentices. */
    public static final String DEMO_TUTOR = "demoTutor";

    private DemoKeys() {}
}
