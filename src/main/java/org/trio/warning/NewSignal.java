package org.trio.warning;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A signal to raise about an apprentice.
 *
 * @param apprenticeId whom it is about
 * @param category what it is about; {@link SignalCategory#SOCIAL} is restricted data
 * @param origin who or what raised it
 * @param summary one line, at most 300 characters, without restricted details when the category is not social
 * @param detail the full account, may be empty
 * @param evidenceLabel the name of the record it rests on (a call, a visit report, a livret entry), if any
 * @param evidenceUrl the path of that record in Trio, if any
 * @param observedOn the day the fact was observed
 * @param dedupKey a key that makes the signal unique (rules use it so that a fact is signalled once), or null
 * @param raisedBy the person's name, or the rule's name
 * @param raisedByStaffId the staff member who raised it, if a staff member did
 */
public record NewSignal(
        long apprenticeId,
        SignalCategory category,
        SignalOrigin origin,
        String summary,
        @Nullable String detail,
        @Nullable String evidenceLabel,
        @Nullable String evidenceUrl,
        LocalDate observedOn,
        @Nullable String dedupKey,
        String raisedBy,
        @Nullable Long raisedByStaffId) {}
