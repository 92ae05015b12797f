package org.trio.exchange.internal;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.trio.platform.web.NavigationEntry;
import org.trio.platform.web.NavigationSection;

/** The module's entries in the main navigation (section Échanges). */
@Configuration(proxyBeanMethods = false)
class ExchangeNavigation {

    private static final Set<String> ADMINISTRATION = Set.of("CFA_DIRECTOR", "NETWORK_ADMIN", "SECRETARIAT");
    private static final Set<String> DIRECTION = Set.of("CFA_DIRECTOR", "NETWORK_ADMIN");

    @Bean
    NavigationEntry tdbImportNavigation() {
        return new NavigationEntry(
                NavigationSection.EXCHANGE, "nav.exchange.import", "/exchange/imports", "upload", 10, ADMINISTRATION);
    }

    @Bean
    NavigationEntry tdbExportNavigation() {
        return new NavigationEntry(
                NavigationSection.EXCHANGE,
                "nav.exchange.export",
                "/exchange/tdb-export",
                "download",
                20,
                ADMINISTRATION);
    }

    @Bean
    NavigationEntry causesNavigation() {
        return new NavigationEntry(
                NavigationSection.EXCHANGE,
                "nav.exchange.causes",
                "/exchange/causes",
                "signpost-split",
                25,
                ADMINISTRATION);
    }

    @Bean
    NavigationEntry sifaNavigation() {
        return new NavigationEntry(
                NavigationSection.EXCHANGE,
                "nav.exchange.sifa",
                "/exchange/sifa",
                "clipboard-data",
                30,
                ADMINISTRATION);
    }

    @Bean
    NavigationEntry apiKeysNavigation() {
        return new NavigationEntry(
                NavigationSection.EXCHANGE, "nav.exchange.apiKeys", "/exchange/api-keys", "key", 40, DIRECTION);
    }
}
