package org.trio.contract;

/** The legal ways an apprenticeship contract ends before its term (Code du travail L6222-18 and following). */
public enum RuptureLegalMode {
    /** Free rupture during the first 45 days, consecutive or not, of practical training in the company. */
    TRIAL_PERIOD,
    /** Written mutual agreement after the trial period. */
    MUTUAL_AGREEMENT,
    DISMISSAL_FORCE_MAJEURE,
    DISMISSAL_SERIOUS_MISCONDUCT,
    DISMISSAL_UNFITNESS,
    /** Death of the employer who was the sole maître d'apprentissage (sole trader). */
    DISMISSAL_DEATH_OF_SOLE_EMPLOYER,
    /** Resignation by the apprentice after contacting the médiateur (5 days, then 7 days). */
    RESIGNATION_AFTER_MEDIATOR,
    /** The apprentice obtained the diploma and informed the employer in writing at least one month before. */
    DIPLOMA_OBTAINED,
    JUDICIAL_LIQUIDATION;

    public String messageKey() {
        return "rupture.mode." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
