package org.trio.insertion;

/** A former apprentice's situation at a horizon after leaving training. */
public enum Situation {
    EMPLOYED,
    FURTHER_STUDIES,
    JOB_SEEKER,
    OTHER
}
