package org.trio.insertion;

import java.util.List;

/** Reads of the insertion follow-up for other modules (e.g. the apprentice file, alumni). */
public interface InsertionManagement {

    /** Every situation recorded for the apprentice, by enrolment and horizon. */
    List<SituationInfo> situationsOf(long apprenticeId);
}
