package org.trio.referential;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trio.TrioIntegrationTest;
import org.trio.access.Role;
import org.trio.platform.demo.DemoIdentifiers;
import org.trio.shared.InvalidInputException;
import org.trio.shared.SchoolYear;

/**
 * The referential's lists of maîtres, staff, programmes and cohorts: what the search, each filter and the pager show
 * (the rows themselves, read back from the database). The CFA and certifier lists are covered with their forms in
 * {@link OrganisationPagesIntegrationTests}; sites are listed on their CFA's page.
 */
@TrioIntegrationTest
class ReferentialListsIntegrationTests {

    private static final SplittableRandom RANDOM = new SplittableRandom();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    java.time.Clock clock;

    private ReferentialPages pages() {
        return new ReferentialPages(mvc, users);
    }

    private long id(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private long directorsCfa() {
        return id("select cfa_id from access.account where username = 'direction@demo.trio'");
    }

    private long network() {
        return id("select network_id from access.account where username = 'direction@demo.trio'");
    }

    private long anEmployer(String name) {
        for (int attempt = 0; ; attempt++) {
            try {
                return referential.registerEmployer(new NewEmployer(
                        DemoIdentifiers.siret(RANDOM),
                        name,
                        "4399C",
                        null,
                        5,
                        "11",
                        "0",
                        null,
                        "91000",
                        "Évry",
                        null,
                        null,
                        null,
                        null));
            } catch (InvalidInputException e) {
                if (attempt > 5) {
                    throw e;
                }
            }
        }
    }

    /** Page 0 and 1 of a list: a full first page with a link to the next one, then other rows. */
    private void assertPages(Role role, String path, String prefix) throws Exception {
        String first = pages().page(role, path, Map.of());
        String second = pages().page(role, path, Map.of("page", "1"));
        List<Long> firstIds = ReferentialPages.ids(first, prefix);
        List<Long> secondIds = ReferentialPages.ids(second, prefix);
        assertThat(firstIds).as(path + " page 1").hasSize(50);
        assertThat(first).contains("Page 1", "Page suivante").doesNotContain("Page précédente");
        assertThat(second).contains("Page 2", "Page précédente");
        assertThat(secondIds).as(path + " page 2").isNotEmpty().doesNotContainAnyElementsOf(firstIds);
    }

    @Test
    void searchesFiltersAndPagesTheMaitres() throws Exception {
        String word = ReferentialPages.uniqueWord("Brehat");
        long employer = anEmployer("Couverture " + word);
        long trained = referential.registerMentor(new NewMentor(
                employer,
                "Quéré-" + word,
                "Yannick",
                null,
                null,
                null,
                "Couvreur",
                "41",
                null,
                (short) 15,
                "Formation de tuteur",
                LocalDate.of(2023, 10, 4)));
        long untrained = referential.registerMentor(new NewMentor(
                employer,
                "Quéré-" + word,
                "Gwenaëlle",
                null,
                null,
                null,
                "Zingueuse",
                "33",
                null,
                (short) 4,
                null,
                null));

        // accents and hyphens do not matter to the search
        String found = pages().fragment(Role.PLACEMENT_ADVISOR, "/mentors", Map.of("q", "quere " + word));
        assertThat(ReferentialPages.ids(found, "/mentors/")).containsExactlyInAnyOrder(trained, untrained);
        assertThat(found)
                .contains("Yannick", "Gwenaëlle", "Couvreur", "Zingueuse")
                .doesNotContain("<html");
        assertThat(ReferentialPages.ids(
                        pages().page(Role.PLACEMENT_ADVISOR, "/mentors", Map.of("q", word, "trained", "true")),
                        "/mentors/"))
                .containsExactly(trained);
        assertThat(ReferentialPages.ids(
                        pages().page(Role.PLACEMENT_ADVISOR, "/mentors", Map.of("q", word, "trained", "false")),
                        "/mentors/"))
                .containsExactly(untrained);
        assertThat(ReferentialPages.ids(
                        pages().page(Role.PLACEMENT_ADVISOR, "/mentors", Map.of("q", "zingueuse " + word)),
                        "/mentors/"))
                .containsExactly(untrained);

        assertPages(Role.PLACEMENT_ADVISOR, "/mentors", "/mentors/");
    }

    @Test
    void searchesFiltersAndPagesTheStaff() throws Exception {
        String word = ReferentialPages.uniqueWord("Morvan");
        long cfa = directorsCfa();
        long member = referential.registerStaffMember(new NewStaffMember(
                network(),
                cfa,
                null,
                "Morvan-" + word,
                "Ronan",
                "ronan." + word + "@cfa.example",
                null,
                StaffFunction.MOBILITY_REFERENT,
                "Référent mobilité Erasmus+"));

        String found = pages().fragment(Role.CFA_DIRECTOR, "/staff", Map.of("q", word));
        assertThat(ReferentialPages.ids(found, "/staff/")).containsExactly(member);
        assertThat(found).contains("Morvan-" + word + " Ronan").doesNotContain("<html");
        assertThat(ReferentialPages.ids(
                        pages().page(Role.CFA_DIRECTOR, "/staff", Map.of("q", word, "function", "MOBILITY_REFERENT")),
                        "/staff/"))
                .containsExactly(member);
        assertThat(ReferentialPages.ids(
                        pages().page(Role.CFA_DIRECTOR, "/staff", Map.of("q", word, "function", "TRAINER")), "/staff/"))
                .isEmpty();
        // the network admin chooses the CFA
        long otherCfa = id("select min(id) from referential.cfa where id <> ? and network_id = ?", cfa, network());
        assertThat(ReferentialPages.ids(
                        pages().page(Role.NETWORK_ADMIN, "/staff", Map.of("q", word, "cfaId", Long.toString(cfa))),
                        "/staff/"))
                .containsExactly(member);
        assertThat(ReferentialPages.ids(
                        pages().page(Role.NETWORK_ADMIN, "/staff", Map.of("q", word, "cfaId", Long.toString(otherCfa))),
                        "/staff/"))
                .isEmpty();
        // a director sees the staff of their CFA only
        List<Long> others = ReferentialPages.ids(pages().page(Role.CFA_DIRECTOR, "/staff", Map.of()), "/staff/");
        assertThat(others)
                .isNotEmpty()
                .allSatisfy(id -> assertThat(id("select cfa_id from referential.staff_member where id = ?", id))
                        .isEqualTo(cfa));

        assertPages(Role.NETWORK_ADMIN, "/staff", "/staff/");
    }

    @Test
    void searchesAndFiltersTheProgrammes() throws Exception {
        Map<String, Object> bts = jdbc.sql("select id, cfd, label from referential.programme where diploma_type = 'BTS'"
                        + " and network_id = ? order by id limit 1")
                .param(network())
                .query()
                .singleRow();
        long btsId = ((Number) bts.get("id")).longValue();

        String byCode = pages().fragment(Role.SECRETARIAT, "/programmes", Map.of("q", (String) bts.get("cfd")));
        assertThat(ReferentialPages.ids(byCode, "/programmes/")).containsExactly(btsId);
        assertThat(byCode).contains((String) bts.get("label"));

        List<Long> level7 = ReferentialPages.ids(
                pages().page(Role.SECRETARIAT, "/programmes", Map.of("level", "7")), "/programmes/");
        assertThat(level7)
                .isNotEmpty()
                .allSatisfy(id -> assertThat(id("select level from referential.programme where id = ?", id))
                        .isEqualTo(7));
        List<Long> btss = ReferentialPages.ids(
                pages().page(Role.SECRETARIAT, "/programmes", Map.of("diplomaType", "BTS")), "/programmes/");
        assertThat(btss).contains(btsId).hasSize((int) id(
                "select count(*) from referential.programme where network_id = ? and diploma_type = 'BTS'", network()));
        assertThat(ReferentialPages.ids(
                        pages().page(Role.SECRETARIAT, "/programmes", Map.of("diplomaType", "CAP", "q", (String)
                                bts.get("cfd"))),
                        "/programmes/"))
                .isEmpty();
    }

    @Test
    void searchesFiltersAndPagesTheCohorts() throws Exception {
        long cfa = directorsCfa();
        long site = id("select min(id) from referential.site where cfa_id = ?", cfa);
        long programme = id(
                "select min(id) from referential.programme where diploma_type = 'CAP' and network_id = ?", network());
        int current = SchoolYear.of(LocalDate.now(clock)).startYear();
        String word = ReferentialPages.uniqueWord("Cohorte");
        long first = cohort(programme, site, current, 1, "CAP " + word + " A");
        long second = cohort(programme, site, current, 2, "CAP " + word + " B");
        long older = cohort(programme, site, current - 1, 1, "CAP " + word + " C");

        // the list shows the current school year unless another is chosen
        String found = pages().fragment(Role.SECRETARIAT, "/cohorts", Map.of("q", word));
        assertThat(ReferentialPages.ids(found, "/cohorts/")).containsExactly(first, second);
        assertThat(found)
                .contains("CAP " + word + " A", current + "-" + (current + 1))
                .doesNotContain("CAP " + word + " C")
                .doesNotContain("<html");
        assertThat(ReferentialPages.ids(
                        pages().page(
                                        Role.SECRETARIAT,
                                        "/cohorts",
                                        Map.of("q", word, "schoolYear", Integer.toString(current - 1))),
                        "/cohorts/"))
                .containsExactly(older);
        assertThat(ReferentialPages.ids(
                        pages().page(Role.SECRETARIAT, "/cohorts", Map.of("q", word, "programmeYear", "2")),
                        "/cohorts/"))
                .containsExactly(second);
        long otherSite = id("select min(id) from referential.site where id <> ?", site);
        assertThat(ReferentialPages.ids(
                        pages().page(
                                        Role.NETWORK_ADMIN,
                                        "/cohorts",
                                        Map.of("q", word, "siteId", Long.toString(otherSite))),
                        "/cohorts/"))
                .isEmpty();
        assertThat(ReferentialPages.ids(
                        pages().page(
                                        Role.NETWORK_ADMIN,
                                        "/cohorts",
                                        Map.of(
                                                "q",
                                                word,
                                                "siteId",
                                                Long.toString(site),
                                                "programmeId",
                                                Long.toString(programme))),
                        "/cohorts/"))
                .containsExactly(first, second);
        // the staff of a CFA see their CFA's cohorts only
        assertThat(ReferentialPages.ids(pages().page(Role.SECRETARIAT, "/cohorts", Map.of()), "/cohorts/"))
                .isNotEmpty()
                .allSatisfy(id -> assertThat(id(
                                "select s.cfa_id from referential.cohort c join referential.site s on s.id = c.site_id"
                                        + " where c.id = ?",
                                id))
                        .isEqualTo(cfa));

        assertPages(Role.NETWORK_ADMIN, "/cohorts", "/cohorts/");
    }

    private long cohort(long programme, long site, int schoolYear, int programmeYear, String label) {
        return referential.registerCohort(new NewCohort(
                programme,
                site,
                schoolYear,
                programmeYear,
                label,
                LocalDate.of(schoolYear, 9, 1),
                LocalDate.of(schoolYear + 1, 6, 30)));
    }
}
