package org.trio.warning.internal;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.trio.platform.web.NavigationEntry;
import org.trio.platform.web.NavigationSection;

/** The entries of the section "Alertes et situations" of the main navigation. */
@Configuration(proxyBeanMethods = false)
class WarningNavigation {

    private static final Set<String> TEAM = Set.of(
            "CFA_DIRECTOR",
            "NETWORK_ADMIN",
            "PLACEMENT_ADVISOR",
            "DEPUTY_PEDAGOGY",
            "DEPUTY_SOCIAL",
            "SECRETARIAT",
            "TUTOR");
    private static final Set<String> RISK =
            Set.of("CFA_DIRECTOR", "NETWORK_ADMIN", "PLACEMENT_ADVISOR", "DEPUTY_PEDAGOGY", "DEPUTY_SOCIAL");
    private static final Set<String> DIRECTION = Set.of("CFA_DIRECTOR", "NETWORK_ADMIN");

    @Bean
    NavigationEntry warningDashboardNavigation() {
        return entry("nav.warning.dashboard", "/warning/dashboard", "speedometer2", 10, DIRECTION);
    }

    @Bean
    NavigationEntry warningSituationsNavigation() {
        return entry("nav.warning.situations", "/warning/situations", "life-preserver", 20, TEAM);
    }

    @Bean
    NavigationEntry warningCallsNavigation() {
        return entry(
                "nav.warning.calls",
                "/warning/calls",
                "telephone",
                30,
                Set.of("CFA_DIRECTOR", "NETWORK_ADMIN", "PLACEMENT_ADVISOR"));
    }

    @Bean
    NavigationEntry warningRiskNavigation() {
        return entry("nav.warning.risk", "/warning/risk", "graph-up-arrow", 40, RISK);
    }

    @Bean
    NavigationEntry warningPointNavigation() {
        return entry(
                "nav.warning.point",
                "/warning/point",
                "clipboard-check",
                50,
                Set.of(
                        "CFA_DIRECTOR",
                        "NETWORK_ADMIN",
                        "PLACEMENT_ADVISOR",
                        "DEPUTY_PEDAGOGY",
                        "DEPUTY_SOCIAL",
                        "SECRETARIAT"));
    }

    @Bean
    NavigationEntry warningCalibrationNavigation() {
        return entry("nav.warning.calibration", "/warning/calibration", "bar-chart-line", 60, RISK);
    }

    @Bean
    NavigationEntry warningReportNavigation() {
        return entry(
                "nav.warning.report",
                "/warning/report",
                "megaphone",
                70,
                Set.of("TUTOR", "PROGRAMME_LEAD", "MENTOR", "APPRENTICE"));
    }

    @Bean
    NavigationEntry warningNotificationsNavigation() {
        return entry("nav.warning.notifications", "/warning/notifications", "bell", 80, TEAM);
    }

    @Bean
    NavigationEntry warningSettingsNavigation() {
        return entry("nav.warning.settings", "/warning/settings", "sliders", 90, DIRECTION);
    }

    private static NavigationEntry entry(String label, String path, String icon, int order, Set<String> roles) {
        return new NavigationEntry(NavigationSection.WARNING, label, path, icon, order, roles);
    }
}
