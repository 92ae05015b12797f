package org.trio.referential.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.referential.ApprenticeFileSection;

class FileSectionsTests {

    private static final CurrentUser SECRETARY =
            new CurrentUser(1, "secretariat@demo.trio", "Secrétariat", Role.SECRETARIAT, 1L, 1L, null, 9L);

    record Fixed(String id, int order, boolean visible) implements ApprenticeFileSection {

        @Override
        public String titleKey() {
            return "title." + id;
        }

        @Override
        public boolean visibleTo(CurrentUser user, long apprenticeId) {
            return visible;
        }

        @Override
        public String fragmentUrl(long apprenticeId) {
            return "/apprentices/" + apprenticeId + "/" + id;
        }
    }

    record Failing(String id, int order) implements ApprenticeFileSection {

        @Override
        public String titleKey() {
            return "title." + id;
        }

        @Override
        public boolean visibleTo(CurrentUser user, long apprenticeId) {
            throw new IllegalStateException("base indisponible");
        }

        @Override
        public String fragmentUrl(long apprenticeId) {
            return "/jamais";
        }
    }

    @Test
    void listsTheVisibleSectionsInTheirOrderWithTheirUrls() {
        FileSections sections = new FileSections(List.of(
                new Fixed("visites", 40, true),
                new Fixed("identite", 0, true),
                new Fixed("sante", 80, false),
                new Fixed("contrats", 20, true)));

        assertThat(sections.visibleTo(SECRETARY, 42))
                .extracting(FileSections.SectionView::id, FileSections.SectionView::url)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("identite", "/apprentices/42/identite"),
                        org.assertj.core.groups.Tuple.tuple("contrats", "/apprentices/42/contrats"),
                        org.assertj.core.groups.Tuple.tuple("visites", "/apprentices/42/visites"));
    }

    @Test
    void keepsAFailingSectionInItsPlaceMarkedAsFailed() {
        FileSections sections = new FileSections(
                List.of(new Fixed("identite", 0, true), new Failing("livret", 30), new Fixed("visites", 40, true)));

        List<FileSections.SectionView> views = sections.visibleTo(SECRETARY, 7);

        assertThat(views).extracting(FileSections.SectionView::id).containsExactly("identite", "livret", "visites");
        assertThat(views.get(1).failed()).isTrue();
        assertThat(views.get(1).url()).isNull();
        assertThat(views.get(0).failed()).isFalse();
    }
}
