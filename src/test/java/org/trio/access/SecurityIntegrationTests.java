package org.trio.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.trio.TrioIntegrationTest;
import org.trio.support.DemoUsers;
import org.trio.support.Logins;
import org.trio.support.MatrixPlaceholders;

/**
 * The protections of {@code docs/security.md} as a visitor meets them: CSRF tokens, security headers, throttled
 * guessing, hashed passwords, site scopes, the refused maître, and the menu each role is shown.
 */
@TrioIntegrationTest
class SecurityIntegrationTests {

    private static final Pattern APPRENTICE_LINK = Pattern.compile("href=\"/apprentices/(\\d+)\"");
    private static final Pattern MENU_ENTRY = Pattern.compile("class=\"dropdown-item\" href=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountManagement accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    private Logins logins() {
        return new Logins(users);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void refusesAFormPostedWithoutItsCsrfTokenAndSavesNothing() throws Exception {
        String name = "Université sans jeton " + UUID.randomUUID();
        MockHttpServletResponse response = mvc.perform(post("/certifying-institutions/new")
                        .with(logins().as(Role.SECRETARIAT))
                        .param("name", name))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(count("select count(*) from referential.certifying_institution where name = ?", name))
                .isZero();

        MockHttpServletResponse accepted = mvc.perform(post("/certifying-institutions/new")
                        .with(csrf())
                        .with(logins().as(Role.SECRETARIAT))
                        .param("name", name))
                .andReturn()
                .getResponse();
        assertThat(accepted.getStatus()).isEqualTo(302);
        assertThat(count("select count(*) from referential.certifying_institution where name = ?", name))
                .isEqualTo(1);
    }

    @Test
    void refusesAnHtmxRequestWithoutTheCsrfHeaderAndAcceptsItWithTheHeader() throws Exception {
        String name = "Université htmx " + UUID.randomUUID();
        MockHttpServletResponse refused = mvc.perform(post("/certifying-institutions/new")
                        .header("HX-Request", "true")
                        .with(logins().as(Role.SECRETARIAT))
                        .param("name", name))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(count("select count(*) from referential.certifying_institution where name = ?", name))
                .isZero();

        // htmx sends the page's token as a header (static/js/trio.js), which is accepted
        MockHttpServletResponse accepted = mvc.perform(post("/certifying-institutions/new")
                        .header("HX-Request", "true")
                        .with(csrf().asHeader())
                        .with(logins().as(Role.SECRETARIAT))
                        .param("name", name))
                .andReturn()
                .getResponse();
        assertThat(accepted.getStatus()).isEqualTo(302);
        assertThat(count("select count(*) from referential.certifying_institution where name = ?", name))
                .isEqualTo(1);
    }

    @Test
    void sendsTheSecurityHeadersWithEveryPage() throws Exception {
        for (MockHttpServletResponse response : List.of(
                mvc.perform(get("/login")).andReturn().getResponse(),
                mvc.perform(get("/").with(logins().as(Role.CFA_DIRECTOR)))
                        .andReturn()
                        .getResponse())) {
            assertThat(response.getHeader("Content-Security-Policy"))
                    .contains("default-src 'self'")
                    .contains("script-src 'self';")
                    .doesNotContain("script-src 'self' 'unsafe-inline'")
                    .contains("frame-ancestors 'none'")
                    .contains("object-src 'none'");
            assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.getHeader("Cache-Control")).contains("no-store");
        }
    }

    @Test
    void slowsDownGuessesOnAnUnknownLoginAsOnALockedAccount() throws Exception {
        String unknown = "personne-" + UUID.randomUUID() + "@inconnu.example";
        for (int attempt = 1; attempt <= 5; attempt++) {
            MockHttpServletResponse response = mvc.perform(
                            formLogin("/login").user(unknown).password("mauvais-mot-de-passe"))
                    .andReturn()
                    .getResponse();
            assertThat(response.getRedirectedUrl()).as("attempt " + attempt).isEqualTo("/login?error");
        }
        MockHttpServletResponse blocked = mvc.perform(
                        formLogin("/login").user(unknown).password("mauvais-mot-de-passe"))
                .andReturn()
                .getResponse();
        assertThat(blocked.getRedirectedUrl()).isEqualTo("/login?locked");
        assertThat(count(
                        "select count(*) from access.audit_event where action = 'LOGIN_FAILED' and details = ?",
                        unknown))
                .isEqualTo(5);
        // a known account locked after as many failures answers the same: guessing logins teaches nothing
        String known = "verrou." + UUID.randomUUID() + "@essai.trio";
        long network = count("select network_id from access.account where username = 'direction@demo.trio'");
        accounts.createAccount(
                known, "Verrou-essai-2026!", "Compte verrouillé", Role.OBSERVER, network, null, null, null);
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(formLogin("/login").user(known).password("mauvais-mot-de-passe"));
        }
        assertThat(mvc.perform(formLogin("/login").user(known).password("Verrou-essai-2026!"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?locked");
        // another unknown login is not held up by the first one's failures
        MockHttpServletResponse other = mvc.perform(formLogin("/login")
                        .user("autre-" + UUID.randomUUID() + "@inconnu.example")
                        .password("mauvais-mot-de-passe"))
                .andReturn()
                .getResponse();
        assertThat(other.getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void storesPasswordsAsBcryptHashesOnly() throws Exception {
        String hash = jdbc.sql("select password_hash from access.account where username = 'direction@demo.trio'")
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}$2a$10$").doesNotContain(DemoUsers.PASSWORD);
        assertThat(passwordEncoder.matches(DemoUsers.PASSWORD, hash)).isTrue();
        MockHttpServletResponse login = mvc.perform(
                        formLogin("/login").user("direction@demo.trio").password(DemoUsers.PASSWORD))
                .andReturn()
                .getResponse();
        assertThat(login.getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void showsAnAccountLimitedToOneSiteOnlyTheApprenticesOfThatSite() throws Exception {
        // a CFA whose apprentices are spread over at least two sites
        Map<String, Object> sites = jdbc.sql("""
                        select a.cfa_id, min(a.site_id) as site_id, max(a.site_id) as other_site_id
                          from referential.apprentice a where a.site_id is not null
                         group by a.cfa_id having count(distinct a.site_id) > 1 order by a.cfa_id limit 1""").query().singleRow();
        long cfa = ((Number) sites.get("cfa_id")).longValue();
        long site = ((Number) sites.get("site_id")).longValue();
        long otherSite = ((Number) sites.get("other_site_id")).longValue();
        long network = count("select network_id from referential.cfa where id = ?", cfa);
        String username = "secretariat.site." + UUID.randomUUID() + "@essai.trio";
        accounts.createAccount(
                username, "Site-limite-2026!", "Secrétariat d'un site", Role.SECRETARIAT, network, cfa, site, null);

        List<Long> listed = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            String html = mvc.perform(get("/apprentices")
                            .param("page", Integer.toString(page))
                            .with(logins().as(username)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            Matcher links = APPRENTICE_LINK.matcher(html);
            while (links.find()) {
                listed.add(Long.parseLong(links.group(1)));
            }
        }
        assertThat(listed).isNotEmpty();
        assertThat(listed)
                .allSatisfy(id -> assertThat(count("select site_id from referential.apprentice where id = ?", id))
                        .as("site of apprentice " + id)
                        .isEqualTo(site));

        long elsewhere = count("select min(id) from referential.apprentice where site_id = ?", otherSite);
        assertThat(mvc.perform(get("/apprentices/" + elsewhere).with(logins().as(username)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        long here = count("select min(id) from referential.apprentice where site_id = ?", site);
        assertThat(mvc.perform(get("/apprentices/" + here).with(logins().as(username)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void refusesTheDemoMaitreTheApprenticeOfAnotherMaitreWhoMayOpenIt() throws Exception {
        long apprentice = count(MatrixPlaceholders.load().sql("unlinkedApprentice"));
        long otherMentor = count("""
                        select min(mentor1_id) from contract.apprenticeship_contract
                         where apprentice_id = ? and mentor1_id is not null
                           and coalesce(rupture_date, end_date) >= current_date - 90
                           and start_date <= current_date + 60""", apprentice);
        long demoMentor = count("select person_id from access.account where username = 'maitre@demo.trio'");
        assertThat(otherMentor).isNotEqualTo(demoMentor);
        long network = count("select network_id from access.account where username = 'maitre@demo.trio'");
        String username = "autre.maitre." + UUID.randomUUID() + "@essai.trio";
        accounts.createAccount(
                username, "Autre-maitre-2026!", "Autre maître", Role.MENTOR, network, null, null, otherMentor);

        assertThat(status("/apprentices/" + apprentice, DemoUsers.of(Role.MENTOR)))
                .isEqualTo(403);
        assertThat(status("/apprentices/" + apprentice, username)).isEqualTo(200);
    }

    private int status(String path, String username) throws Exception {
        return mvc.perform(get(path).with(logins().as(username)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    @Test
    void showsEachRoleTheMenuEntriesOfItsWork() throws Exception {
        assertThat(menu(Role.MENTOR))
                .contains("/apprentices", "/booklet", "/calendar")
                .doesNotContain(
                        "/visits",
                        "/apprentices/me",
                        "/audit",
                        "/accounts",
                        "/cfas",
                        "/staff",
                        "/employers",
                        "/mentors",
                        "/programmes",
                        "/admin/mails",
                        "/exchange/imports",
                        "/contracts/settings");
        assertThat(menu(Role.APPRENTICE))
                .contains("/apprentices/me", "/booklet", "/calendar")
                .doesNotContain(
                        "/apprentices",
                        "/audit",
                        "/accounts",
                        "/cfas",
                        "/staff",
                        "/employers",
                        "/mentors",
                        "/programmes",
                        "/cohorts",
                        "/visits",
                        "/admin/mails");
        assertThat(menu(Role.CFA_DIRECTOR))
                .contains(
                        "/apprentices",
                        "/audit",
                        "/accounts",
                        "/cfas",
                        "/staff",
                        "/employers",
                        "/mentors",
                        "/programmes",
                        "/cohorts",
                        "/certifying-institutions",
                        "/admin/mails",
                        "/contracts/settings",
                        "/exchange/imports")
                .doesNotContain("/apprentices/me", "/networks");
        assertThat(menu(Role.SECRETARIAT))
                .contains(
                        "/apprentices",
                        "/employers",
                        "/mentors",
                        "/programmes",
                        "/cohorts",
                        "/staff",
                        "/certifying-institutions")
                .doesNotContain("/apprentices/me", "/audit", "/accounts", "/networks", "/contracts/settings");
        assertThat(menu(Role.NETWORK_ADMIN)).contains("/networks", "/audit", "/cfas");
        assertThat(menu(Role.OBSERVER))
                .doesNotContain("/apprentices", "/apprentices/me", "/audit", "/accounts", "/staff");
    }

    /** The addresses of the main menu's entries on the home page, as the role sees them. */
    private Set<String> menu(Role role) throws Exception {
        String html = mvc.perform(get("/").with(logins().as(role)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Set<String> entries = new LinkedHashSet<>();
        Matcher matcher = MENU_ENTRY.matcher(html);
        while (matcher.find()) {
            entries.add(matcher.group(1));
        }
        return entries;
    }
}
