package org.trio.referential.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.trio.access.CurrentUser;
import org.trio.referential.ApprenticeFileSection;

/**
 * The sections of the apprentice file a user may see, in order. A section whose visibility check fails is still
 * listed, marked as failed, so that the page says in its place that it could not be loaded instead of breaking.
 */
@Component
class FileSections {

    private static final Log log = LogFactory.getLog(FileSections.class);

    private final List<ApprenticeFileSection> sections;

    FileSections(List<ApprenticeFileSection> sections) {
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(ApprenticeFileSection::order))
                .toList();
    }

    /** A section of the page: where to load it from, or {@code failed} when even deciding to show it failed. */
    record SectionView(String id, String titleKey, @Nullable String url, boolean failed) {}

    List<SectionView> visibleTo(CurrentUser user, long apprenticeId) {
        List<SectionView> views = new ArrayList<>();
        for (ApprenticeFileSection section : sections) {
            try {
                if (section.visibleTo(user, apprenticeId)) {
                    views.add(new SectionView(
                            section.id(), section.titleKey(), section.fragmentUrl(apprenticeId), false));
                }
            } catch (RuntimeException e) {
                log.warn("Section " + section.id() + " du dossier " + apprenticeId + " indisponible", e);
                views.add(new SectionView(section.id(), section.titleKey(), null, true));
            }
        }
        return views;
    }
}
