package org.trio.contract.internal;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.trio.platform.web.NavigationEntry;
import org.trio.platform.web.NavigationSection;

/** The module's entries in the main navigation. */
@Configuration(proxyBeanMethods = false)
class ContractNavigation {

    private static final Set<String> INDICATORS = Set.of(
            "CFA_DIRECTOR",
            "NETWORK_ADMIN",
            "PLACEMENT_ADVISOR",
            "DEPUTY_PEDAGOGY",
            "DEPUTY_SOCIAL",
            "SECRETARIAT",
            "QUALITY_MANAGER",
            "PROGRAMME_LEAD",
            "OBSERVER");

    @Bean
    NavigationEntry statusesNavigation() {
        return new NavigationEntry(
                NavigationSection.INDICATORS, "nav.contract.statuses", "/statuses", "people", 10, INDICATORS);
    }

    @Bean
    NavigationEntry analysisNavigation() {
        return new NavigationEntry(
                NavigationSection.INDICATORS,
                "nav.contract.analysis",
                "/ruptures/analysis",
                "bar-chart",
                20,
                INDICATORS);
    }

    @Bean
    NavigationEntry continuationsNavigation() {
        return new NavigationEntry(
                NavigationSection.WARNING,
                "nav.contract.continuations",
                "/continuations",
                "life-preserver",
                20,
                Set.of("CFA_DIRECTOR", "PLACEMENT_ADVISOR", "DEPUTY_PEDAGOGY", "DEPUTY_SOCIAL", "SECRETARIAT"));
    }

    @Bean
    NavigationEntry settingsNavigation() {
        return new NavigationEntry(
                NavigationSection.ADMINISTRATION,
                "nav.contract.settings",
                "/contracts/settings",
                "sliders",
                40,
                Set.of("CFA_DIRECTOR", "NETWORK_ADMIN"));
    }
}
