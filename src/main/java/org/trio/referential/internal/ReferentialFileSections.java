package org.trio.referential.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.trio.access.AccessPolicy;
import org.trio.access.CurrentUser;
import org.trio.access.DataCategory;
import org.trio.referential.ApprenticeFileSection;

/**
 * The referential's own sections of the apprentice file: identity (0), legal representatives (10) and the restricted
 * health and handicap section (80), each loaded from {@link ApprenticeFileController}.
 */
@Configuration(proxyBeanMethods = false)
class ReferentialFileSections {

    @Bean
    ApprenticeFileSection identitySection(AccessPolicy policy) {
        return new Section("identite", "file.identity", 0, "identity", DataCategory.IDENTITY, policy);
    }

    @Bean
    ApprenticeFileSection legalRepresentativesSection(AccessPolicy policy) {
        return new Section(
                "representants-legaux",
                "file.legal-representatives",
                10,
                "legal-representatives",
                DataCategory.IDENTITY,
                policy);
    }

    @Bean
    ApprenticeFileSection healthSection(AccessPolicy policy) {
        return new Section("sante-handicap", "file.health", 80, "health", DataCategory.HEALTH, policy);
    }

    /** A section shown to whoever may read its category of the apprentice's data. */
    record Section(String id, String titleKey, int order, String path, DataCategory category, AccessPolicy policy)
            implements ApprenticeFileSection {

        @Override
        public boolean visibleTo(CurrentUser user, long apprenticeId) {
            return policy.canRead(user, apprenticeId, category);
        }

        @Override
        public String fragmentUrl(long apprenticeId) {
            return "/apprentices/" + apprenticeId + "/sections/" + path;
        }
    }
}
