package org.trio.attendance.internal;

import org.springframework.stereotype.Component;
import org.trio.access.CurrentUser;
import org.trio.referential.ApprenticeFileSection;

/** The "Assiduité" section of the apprentice file: hours, rate, absences; loaded from this module's URL. */
@Component
class AttendanceFileSection implements ApprenticeFileSection {

    private final AttendanceAccess access;

    AttendanceFileSection(AttendanceAccess access) {
        this.access = access;
    }

    @Override
    public String id() {
        return "assiduite";
    }

    @Override
    public String titleKey() {
        return "attendance.section.title";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public boolean visibleTo(CurrentUser user, long apprenticeId) {
        return access.canReadAttendance(user, apprenticeId);
    }

    @Override
    public String fragmentUrl(long apprenticeId) {
        return "/attendance/apprentices/" + apprenticeId + "/section";
    }
}
