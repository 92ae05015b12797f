package org.trio.warning.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.trio.warning.SignalCategory;

/**
 * Who hears of a signal (seed 002): the direction, the secretariat and the referent trainer are informed; the ADCP, the
 * ASE and the CJE assess it. A social signal goes only to the direction and the ASE, the roles allowed to read social
 * data. The person who raised it is not notified of their own signal. A pure function.
 */
final class SignalRouting {

    private SignalRouting() {}

    enum Purpose {
        INFORM,
        ASSESS
    }

    /** The people around an apprentice's training (staff ids). */
    record Team(
            List<Long> directors,
            List<Long> secretariat,
            List<Long> deputyPedagogy,
            List<Long> deputySocial,
            List<Long> advisors,
            @Nullable Long tutor) {}

    record Recipient(long staffId, Purpose purpose) {}

    static List<Recipient> route(SignalCategory category, Team team, @Nullable Long raisedBy) {
        Map<Long, Purpose> recipients = new LinkedHashMap<>();
        team.directors().forEach(id -> recipients.put(id, Purpose.INFORM));
        if (category.isSocial()) {
            team.deputySocial().forEach(id -> recipients.put(id, Purpose.ASSESS));
        } else {
            team.secretariat().forEach(id -> recipients.put(id, Purpose.INFORM));
            if (team.tutor() != null) {
                recipients.put(team.tutor(), Purpose.INFORM);
            }
            team.deputyPedagogy().forEach(id -> recipients.put(id, Purpose.ASSESS));
            team.deputySocial().forEach(id -> recipients.put(id, Purpose.ASSESS));
            team.advisors().forEach(id -> recipients.put(id, Purpose.ASSESS));
        }
        if (raisedBy != null) {
            recipients.remove(raisedBy);
        }
        List<Recipient> result = new ArrayList<>();
        recipients.forEach((id, purpose) -> result.add(new Recipient(id, purpose)));
        return result;
    }
}
