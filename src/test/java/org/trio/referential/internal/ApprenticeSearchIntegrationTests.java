package org.trio.referential.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;
import org.trio.TrioIntegrationTest;
import org.trio.access.ApprenticeScope;
import org.trio.access.Role;
import org.trio.platform.web.PageSlice;
import org.trio.platform.web.Paging;
import org.trio.referential.NewApprentice;
import org.trio.referential.ReferentialManagement;
import org.trio.support.Logins;

/**
 * The apprentice list: search by name, INE or e-mail whatever the case and accents, filters, the user's scope, and
 * the indexes that keep it fast on a million records.
 */
@TrioIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprenticeSearchIntegrationTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Autowired
    ApprenticeList list;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    long cfa;
    long lea;
    long noe;

    @BeforeAll
    void registerApprentices() {
        cfa = jdbc.sql("select cfa_id from access.account where username = 'direction@demo.trio'")
                .query(Long.class)
                .single();
        lea = referential.registerApprentice(apprentice(
                "Zéphyrin-Ébène",
                "Léa-Noëlle",
                LocalDate.of(2010, 5, 2),
                "F",
                "2025A12345Q",
                "lea.zephyrin@courriel.fr"));
        noe = referential.registerApprentice(
                apprentice("Zéphyrin-Ébène", "Noé", LocalDate.of(2001, 1, 30), "M", null, "noe.z@courriel.fr"));
    }

    @Test
    void findsAnApprenticeWhateverTheCaseAndAccents() {
        assertThat(search("zephyrin ebene lea")).containsExactly(lea);
        assertThat(search("LÉA-NOËLLE")).containsExactly(lea);
        assertThat(search("ébène")).containsExactly(lea, noe);
        assertThat(search("noelle zephyr")).containsExactly(lea);
    }

    @Test
    void findsAnApprenticeByIneOrEmail() {
        assertThat(search("2025a12345q")).containsExactly(lea);
        assertThat(search("lea.zephyrin@courriel")).containsExactly(lea);
    }

    @Test
    void filtersMinorsAdultsAndSex() {
        assertThat(ids(list.page(
                        scopeOfCfa(),
                        new ApprenticeList.Filter("zephyrin", null, null, "minor", null),
                        TODAY,
                        Paging.of(0))))
                .containsExactly(lea);
        assertThat(ids(list.page(
                        scopeOfCfa(),
                        new ApprenticeList.Filter("zephyrin", null, null, "adult", null),
                        TODAY,
                        Paging.of(0))))
                .containsExactly(noe);
        assertThat(ids(list.page(
                        scopeOfCfa(),
                        new ApprenticeList.Filter("zephyrin", null, null, null, "M"),
                        TODAY,
                        Paging.of(0))))
                .containsExactly(noe);
    }

    @Test
    void pagesWithoutCountingAndInAlphabeticalOrder() {
        PageSlice<ApprenticeList.Row> first = list.page(
                scopeOfCfa(), new ApprenticeList.Filter("zephyrin", null, null, null, null), TODAY, new Paging(0, 1));
        PageSlice<ApprenticeList.Row> second = list.page(
                scopeOfCfa(), new ApprenticeList.Filter("zephyrin", null, null, null, null), TODAY, new Paging(1, 1));

        assertThat(ids(first)).containsExactly(lea);
        assertThat(first.hasNext()).isTrue();
        assertThat(ids(second)).containsExactly(noe);
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void showsOnlyTheApprenticesOfTheUserScope() throws Exception {
        Logins logins = new Logins(users);
        assertThat(listPage(logins, Role.SECRETARIAT)).contains("Zéphyrin-Ébène");
        assertThat(listPage(logins, Role.NETWORK_ADMIN)).contains("Zéphyrin-Ébène");
        assertThat(listPage(logins, Role.MENTOR))
                .doesNotContain("Zéphyrin-Ébène")
                .contains("Aucun résultat");
        assertThat(listPage(logins, Role.APPRENTICE)).doesNotContain("Zéphyrin-Ébène");
        assertThat(mvc.perform(get("/apprentices").with(logins.as(Role.OBSERVER)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void exportsEveryRowTheFiltersSelectInTheUserScopeAndAuditsIt() throws Exception {
        Logins logins = new Logins(users);
        long exportsBefore = jdbc.sql("select count(*) from access.audit_event where action = 'EXPORT'")
                .query(Long.class)
                .single();

        String secretariat = export(logins, Role.SECRETARIAT);
        String mentor = export(logins, Role.MENTOR);

        assertThat(secretariat).contains("Zéphyrin-Ébène;;Léa-Noëlle").contains("Zéphyrin-Ébène;;Noé");
        assertThat(secretariat.lines().count()).isEqualTo(3);
        assertThat(mentor).doesNotContain("Zéphyrin");
        assertThat(jdbc.sql("select count(*) from access.audit_event where action = 'EXPORT'")
                        .query(Long.class)
                        .single())
                .isEqualTo(exportsBefore + 2);
    }

    private String export(Logins logins, Role role) throws Exception {
        org.springframework.test.web.servlet.MvcResult started = mvc.perform(get("/apprentices")
                        .param("format", "csv")
                        .param("q", "zephyrin")
                        .param("page", "3")
                        .with(logins.as(role)))
                .andReturn();
        return new String(
                mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void searchesThroughTheTrigramIndexAndSortsThroughTheNameIndex() {
        assertThat(plan(new ApprenticeList.Filter("dupont marie", null, null, null, null)))
                .contains("apprentice_search_text_idx");
        assertThat(plan(new ApprenticeList.Filter("du", null, null, null, null)))
                .contains("apprentice_search_order_idx");
        assertThat(plan(new ApprenticeList.Filter("2025A12345Q", null, null, null, null)))
                .contains("apprentice_ine_uq");
        assertThat(plan(new ApprenticeList.Filter(null, null, null, null, null)))
                .contains("apprentice_search_order_idx");
    }

    private String listPage(Logins logins, Role role) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get("/apprentices")
                        .param("q", "zéphyrin")
                        .header("HX-Request", "true")
                        .with(logins.as(role)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    /**
     * The plan of the search condition on a large table (sequential scans priced out, as they are on a million rows):
     * an index must serve it; without a search, the alphabetical order of a page must come from an index.
     */
    private String plan(ApprenticeList.Filter filter) {
        SqlConditions conditions = ApprenticeList.search(new SqlConditions(), filter.q());
        jdbc.sql("analyze referential.apprentice").update();
        return transactions.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return String.join(
                    "\n",
                    jdbc.sql("explain select a.id from referential.apprentice a" + conditions.sql()
                                    + (filter.q() == null
                                            ? " order by a.search_last, a.search_first, a.id limit 51"
                                            : ""))
                            .params(conditions.params())
                            .query(String.class)
                            .list());
        });
    }

    private List<Long> search(String query) {
        return ids(
                list.page(scopeOfCfa(), new ApprenticeList.Filter(query, null, null, null, null), TODAY, Paging.of(0)));
    }

    private ApprenticeScope scopeOfCfa() {
        return new ApprenticeScope(java.util.Set.of(cfa), java.util.Set.of(), java.util.Set.of());
    }

    private static List<Long> ids(PageSlice<ApprenticeList.Row> page) {
        return page.items().stream().map(ApprenticeList.Row::id).toList();
    }

    private NewApprentice apprentice(
            String lastName, String firstName, LocalDate birthDate, String sex, String ine, String email) {
        return new NewApprentice(
                cfa,
                null,
                lastName,
                null,
                firstName,
                null,
                null,
                birthDate,
                "91220",
                null,
                "Brétigny-sur-Orge",
                sex,
                ine,
                "1 rue de la Gare",
                "91220",
                "Brétigny-sur-Orge",
                null,
                "06 12 34 56 78",
                email,
                "1");
    }
}
