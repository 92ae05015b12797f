package org.trio.referential;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Creating and changing the network, CFAs, sites and certifying institutions through their pages: what is saved, the
 * French message naming the field when the input is wrong (and nothing saved), and the lists' search and filters.
 */
@TrioIntegrationTest
class OrganisationPagesIntegrationTests {

    private static final SplittableRandom RANDOM = new SplittableRandom();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private ReferentialPages pages() {
        return new ReferentialPages(mvc, users);
    }

    private Map<String, Object> row(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query().singleRow();
    }

    private long version(String table, long id) {
        return jdbc.sql("select version from referential." + table + " where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private static String uai() {
        return DemoIdentifiers.uai(String.format("%03d", 10 + RANDOM.nextInt(85)), RANDOM);
    }

    @Test
    void renamesTheNetworkAndRefusesAnEmptyName() throws Exception {
        long network = jdbc.sql("select network_id from access.account where username = 'reseau@demo.trio'")
                .query(Long.class)
                .single();
        String before = jdbc.sql("select name from referential.network where id = ?")
                .param(network)
                .query(String.class)
                .single();

        String refused = pages().refused(
                        Role.NETWORK_ADMIN,
                        "/networks/" + network + "/edit",
                        Map.of("version", Long.toString(version("network", network)), "name", " "));
        assertThat(refused).contains("Nom du réseau : ce champ est obligatoire.");

        try {
            assertThat(pages().post(
                                    Role.NETWORK_ADMIN,
                                    "/networks/" + network + "/edit",
                                    Map.of(
                                            "version",
                                            Long.toString(version("network", network)),
                                            "name",
                                            "Réseau BTP renommé"))
                            .getRedirectedUrl())
                    .isEqualTo("/networks/" + network);
            assertThat(pages().page(Role.NETWORK_ADMIN, "/networks/" + network, Map.of()))
                    .contains("Réseau BTP renommé");
        } finally {
            pages().post(
                            Role.NETWORK_ADMIN,
                            "/networks/" + network + "/edit",
                            Map.of("version", Long.toString(version("network", network)), "name", before));
        }
        assertThat(jdbc.sql("select name from referential.network where id = ?")
                        .param(network)
                        .query(String.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void createsACfaEditsItAndFindsItInTheList() throws Exception {
        String word = ReferentialPages.uniqueWord("Cfa");
        String uai = uai();
        String siret = DemoIdentifiers.siret(RANDOM);
        long cfa = pages().created(
                        Role.NETWORK_ADMIN,
                        "/cfas/new",
                        Map.of(
                                "name", "CFA " + word,
                                "uai", uai,
                                "siret", siret,
                                "cfaType", "03",
                                "address", "2 rue des Compagnons",
                                "postCode", "91220",
                                "city", "Brétigny-sur-Orge"));
        assertThat(row("select name, uai, siret, cfa_type, post_code, city from referential.cfa where id = ?", cfa))
                .containsEntry("name", "CFA " + word)
                .containsEntry("uai", uai)
                .containsEntry("siret", siret)
                .containsEntry("cfa_type", "03")
                .containsEntry("post_code", "91220")
                .containsEntry("city", "Brétigny-sur-Orge");

        long version = version("cfa", cfa);
        assertThat(pages().created(
                                Role.NETWORK_ADMIN,
                                "/cfas/" + cfa + "/edit",
                                Map.of(
                                        "version",
                                        Long.toString(version),
                                        "name",
                                        "CFA " + word + " rénové",
                                        "uai",
                                        uai,
                                        "siret",
                                        siret,
                                        "cfaType",
                                        "05",
                                        "postCode",
                                        "91000",
                                        "city",
                                        "Évry-Courcouronnes")))
                .isEqualTo(cfa);
        assertThat(row("select name, cfa_type, post_code, city from referential.cfa where id = ?", cfa))
                .containsEntry("name", "CFA " + word + " rénové")
                .containsEntry("cfa_type", "05")
                .containsEntry("post_code", "91000")
                .containsEntry("city", "Évry-Courcouronnes");
        assertThat(version("cfa", cfa)).isGreaterThan(version);

        String found = pages().fragment(Role.NETWORK_ADMIN, "/cfas", Map.of("q", word));
        assertThat(ReferentialPages.ids(found, "/cfas/")).containsExactly(cfa);
        assertThat(found).contains("CFA " + word + " rénové", uai).doesNotContain("<html");
        assertThat(ReferentialPages.ids(
                        pages().page(Role.NETWORK_ADMIN, "/cfas", Map.of("q", word, "cfaType", "05")), "/cfas/"))
                .containsExactly(cfa);
        assertThat(ReferentialPages.ids(
                        pages().page(Role.NETWORK_ADMIN, "/cfas", Map.of("q", word, "cfaType", "09")), "/cfas/"))
                .isEmpty();
        // a director sees their own CFA only
        String directors = pages().page(Role.CFA_DIRECTOR, "/cfas", Map.of());
        assertThat(ReferentialPages.ids(directors, "/cfas/"))
                .containsExactly(jdbc.sql("select cfa_id from access.account where username = 'direction@demo.trio'")
                        .query(Long.class)
                        .single());
    }

    @Test
    void refusesACfaWithoutNameOrWithATakenUaiNamingTheFields() throws Exception {
        String taken = jdbc.sql("select uai from referential.cfa order by id limit 1")
                .query(String.class)
                .single();
        String page = pages().refused(
                        Role.NETWORK_ADMIN,
                        "/cfas/new",
                        Map.of("name", "", "uai", uai(), "siret", DemoIdentifiers.siret(RANDOM), "cfaType", "11"));
        assertThat(page)
                .contains("Nom du CFA : ce champ est obligatoire.")
                .contains("Type de CFA : le type de CFA doit être un code de 01 à 10.");

        String word = ReferentialPages.uniqueWord("Doublon");
        String duplicate = pages().refused(
                        Role.NETWORK_ADMIN,
                        "/cfas/new",
                        Map.of(
                                "name",
                                "CFA " + word,
                                "uai",
                                taken,
                                "siret",
                                DemoIdentifiers.siret(RANDOM),
                                "cfaType",
                                "09"));
        assertThat(duplicate).contains("UAI du CFA : un CFA existe déjà avec l'UAI " + taken + ".");
        assertThat(jdbc.sql("select count(*) from referential.cfa where name = ?")
                        .param("CFA " + word)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void addsAUfaToACfaEditsItAndListsItOnTheCfaPage() throws Exception {
        long cfa = pages().created(
                        Role.NETWORK_ADMIN,
                        "/cfas/new",
                        Map.of(
                                "name",
                                "CFA " + ReferentialPages.uniqueWord("Site"),
                                "uai",
                                uai(),
                                "siret",
                                DemoIdentifiers.siret(RANDOM),
                                "cfaType",
                                "09"));
        String word = ReferentialPages.uniqueWord("Ufa");
        String uai = uai();
        long site = pages().created(
                        Role.NETWORK_ADMIN,
                        "/cfas/" + cfa + "/sites/new",
                        Map.of(
                                "name", "UFA " + word,
                                "kind", "UFA",
                                "hostInstitution", "Lycée Jean-Pierre Timbaud",
                                "uai", uai,
                                "postCode", "91220",
                                "city", "Brétigny-sur-Orge"));
        assertThat(row(
                        "select cfa_id, name, kind, host_institution, uai, city from referential.site where id = ?",
                        site))
                .containsEntry("cfa_id", cfa)
                .containsEntry("name", "UFA " + word)
                .containsEntry("kind", "UFA")
                .containsEntry("host_institution", "Lycée Jean-Pierre Timbaud")
                .containsEntry("uai", uai);

        String refused = pages().refused(
                        Role.NETWORK_ADMIN,
                        "/sites/" + site + "/edit",
                        Map.of(
                                "version",
                                Long.toString(version("site", site)),
                                "name",
                                "UFA " + word,
                                "kind",
                                "UFA",
                                "uai",
                                ""));
        assertThat(refused).contains("UAI du site : ce champ est obligatoire.");
        assertThat(pages().created(
                                Role.NETWORK_ADMIN,
                                "/sites/" + site + "/edit",
                                Map.of(
                                        "version",
                                        Long.toString(version("site", site)),
                                        "name",
                                        "UFA " + word + " du lycée",
                                        "kind",
                                        "UFA",
                                        "hostInstitution",
                                        "Lycée Jean-Pierre Timbaud",
                                        "uai",
                                        uai,
                                        "city",
                                        "Arpajon")))
                .isEqualTo(site);
        assertThat(row("select name, uai, city from referential.site where id = ?", site))
                .containsEntry("name", "UFA " + word + " du lycée")
                .containsEntry("uai", uai)
                .containsEntry("city", "Arpajon");

        String cfaPage = pages().page(Role.NETWORK_ADMIN, "/cfas/" + cfa, Map.of());
        assertThat(ReferentialPages.ids(cfaPage, "/sites/")).containsExactly(site);
        assertThat(cfaPage).contains("UFA " + word + " du lycée");
    }

    @Test
    void recordsACertifyingInstitutionEditsItAndFindsItBySearch() throws Exception {
        String word = ReferentialPages.uniqueWord("Univ");
        String uai = uai();
        String siret = DemoIdentifiers.siret(RANDOM);
        long certifier = pages().created(
                        Role.SECRETARIAT,
                        "/certifying-institutions/new",
                        Map.of("name", "Université " + word, "uai", uai, "siret", siret, "kind", "Université"));
        assertThat(row("select name, uai, siret, kind from referential.certifying_institution where id = ?", certifier))
                .containsEntry("name", "Université " + word)
                .containsEntry("uai", uai)
                .containsEntry("siret", siret)
                .containsEntry("kind", "Université");

        String refused = pages().refused(
                        Role.SECRETARIAT,
                        "/certifying-institutions/" + certifier + "/edit",
                        Map.of("version", Long.toString(version("certifying_institution", certifier)), "name", ""));
        assertThat(refused).contains("Nom de l'établissement certificateur : ce champ est obligatoire.");
        assertThat(pages().created(
                                Role.CFA_DIRECTOR,
                                "/certifying-institutions/" + certifier + "/edit",
                                Map.of(
                                        "version",
                                        Long.toString(version("certifying_institution", certifier)),
                                        "name",
                                        "Université " + word + " Paris-Saclay",
                                        "uai",
                                        uai,
                                        "siret",
                                        siret,
                                        "kind",
                                        "Université")))
                .isEqualTo(certifier);
        assertThat(row("select name from referential.certifying_institution where id = ?", certifier))
                .containsEntry("name", "Université " + word + " Paris-Saclay");

        String found = pages().fragment(Role.TUTOR, "/certifying-institutions", Map.of("q", word));
        assertThat(ReferentialPages.ids(found, "/certifying-institutions/")).containsExactly(certifier);
        assertThat(found).contains("Université " + word + " Paris-Saclay", uai);
        assertThat(ReferentialPages.ids(
                        pages().page(Role.TUTOR, "/certifying-institutions", Map.of("q", siret)),
                        "/certifying-institutions/"))
                .containsExactly(certifier);
    }
}
