package org.trio.attendance.internal;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.trio.platform.web.NavigationEntry;
import org.trio.platform.web.NavigationSection;

/** The entries of the attendance pages in the main navigation, each for the roles that may open it. */
@Configuration(proxyBeanMethods = false)
class AttendanceNavigation {

    static final Set<String> STAFF = Set.of(
            "CFA_DIRECTOR",
            "NETWORK_ADMIN",
            "PLACEMENT_ADVISOR",
            "DEPUTY_PEDAGOGY",
            "DEPUTY_SOCIAL",
            "TUTOR",
            "SECRETARIAT",
            "DISABILITY_REFERENT",
            "MOBILITY_REFERENT",
            "QUALITY_MANAGER",
            "PROGRAMME_LEAD");

    @Bean
    NavigationEntry attendanceCohortsNavigation() {
        return new NavigationEntry(
                NavigationSection.TRAINING,
                "attendance.nav.cohorts",
                "/attendance/cohorts",
                "calendar-week",
                40,
                STAFF);
    }

    @Bean
    NavigationEntry attendanceRollCallsNavigation() {
        return new NavigationEntry(
                NavigationSection.FOLLOW_UP,
                "attendance.nav.roll-calls",
                "/attendance/roll-calls",
                "check2-square",
                10,
                Set.of("TUTOR", "PROGRAMME_LEAD", "SECRETARIAT", "CFA_DIRECTOR"));
    }

    @Bean
    NavigationEntry attendanceJustificationsNavigation() {
        return new NavigationEntry(
                NavigationSection.FOLLOW_UP,
                "attendance.nav.justifications",
                "/attendance/justifications",
                "file-earmark-check",
                20,
                Set.of("SECRETARIAT", "CFA_DIRECTOR"));
    }

    @Bean
    NavigationEntry attendanceApprenticesNavigation() {
        return new NavigationEntry(
                NavigationSection.FOLLOW_UP,
                "attendance.nav.apprentices",
                "/attendance/apprentices",
                "person-check",
                30,
                Set.of(
                        "CFA_DIRECTOR",
                        "NETWORK_ADMIN",
                        "PLACEMENT_ADVISOR",
                        "DEPUTY_PEDAGOGY",
                        "DEPUTY_SOCIAL",
                        "TUTOR",
                        "SECRETARIAT",
                        "DISABILITY_REFERENT",
                        "MOBILITY_REFERENT",
                        "PROGRAMME_LEAD",
                        "MENTOR",
                        "LEGAL_REPRESENTATIVE"));
    }

    @Bean
    NavigationEntry attendanceOwnNavigation() {
        return new NavigationEntry(
                NavigationSection.FOLLOW_UP,
                "attendance.nav.me",
                "/attendance/me",
                "person-check",
                30,
                Set.of("APPRENTICE"));
    }

    @Bean
    NavigationEntry attendanceAbsenteeismNavigation() {
        return new NavigationEntry(
                NavigationSection.INDICATORS,
                "attendance.nav.absenteeism",
                "/attendance/absenteeism",
                "bar-chart",
                40,
                STAFF);
    }

    @Bean
    NavigationEntry attendanceThresholdsNavigation() {
        return new NavigationEntry(
                NavigationSection.ADMINISTRATION,
                "attendance.nav.thresholds",
                "/attendance/thresholds",
                "sliders",
                60,
                Set.of("CFA_DIRECTOR", "NETWORK_ADMIN"));
    }
}
