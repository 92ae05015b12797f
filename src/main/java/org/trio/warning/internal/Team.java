package org.trio.warning.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.StaffFunction;
import org.trio.referential.StaffInfo;

/** The staff around an apprentice, from the referential: direction, secretariat, ADCP, ASE, CJE, referent trainer. */
@Component
class Team {

    private final ReferentialManagement referential;
    private final JdbcClient jdbc;

    Team(ReferentialManagement referential, JdbcClient jdbc) {
        this.referential = referential;
        this.jdbc = jdbc;
    }

    SignalRouting.Team of(FollowUp.Enrolment enrolment) {
        long cfa = enrolment.cfaId();
        return new SignalRouting.Team(
                ids(cfa, StaffFunction.DIRECTOR),
                ids(cfa, StaffFunction.SECRETARIAT),
                ids(cfa, StaffFunction.DEPUTY_PEDAGOGY),
                ids(cfa, StaffFunction.DEPUTY_SOCIAL),
                advisorOf(enrolment.apprenticeId())
                        .map(List::of)
                        .orElseGet(() -> ids(cfa, StaffFunction.PLACEMENT_ADVISOR)),
                enrolment.tutorStaffId());
    }

    /** The CJE who calls the company of the apprentice's latest contract, if one was assigned. */
    Optional<Long> advisorOf(long apprenticeId) {
        return jdbc.sql("select advisor_staff_id from warning.planned_call where apprentice_id = ? and"
                        + " advisor_staff_id is not null order by due_date desc, id desc limit 1")
                .param(apprenticeId)
                .query(Long.class)
                .optional();
    }

    List<Long> ids(long cfaId, StaffFunction function) {
        return referential.staffOfCfa(cfaId, function).stream()
                .map(StaffInfo::id)
                .toList();
    }

    List<StaffInfo> members(long cfaId, StaffFunction... functions) {
        return java.util.Arrays.stream(functions)
                .flatMap(function -> referential.staffOfCfa(cfaId, function).stream())
                .toList();
    }

    Optional<StaffInfo> member(long staffId) {
        return referential.staffMember(staffId);
    }

    /** Names of staff members, for lists (one lookup per distinct id). */
    Map<Long, String> names(Iterable<Long> staffIds) {
        Map<Long, String> names = new HashMap<>();
        for (Long id : staffIds) {
            if (id != null && !names.containsKey(id)) {
                names.put(
                        id, referential.staffMember(id).map(StaffInfo::fullName).orElse("—"));
            }
        }
        return names;
    }
}
