package org.trio.referential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import org.trio.TrioIntegrationTest;
import org.trio.access.IssuedAccess;
import org.trio.access.Role;
import org.trio.support.Logins;

/**
 * "Créer un accès" from a person's page, the compulsory change of the generated password, and what the direction does
 * to accounts (list, disable, enable, unlock).
 */
@TrioIntegrationTest
class PersonAccessIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ReferentialManagement referential;

    @Test
    void opensAnAccessWhosePasswordMustBeChangedAtTheFirstLogin() throws Exception {
        long staff = trainer("Tessier", "Camille", "camille.tessier@btpcfa-idf.fr", ownCfa());
        IssuedAccess issued = openAccess("/staff/" + staff + "/access", Role.CFA_DIRECTOR, "TUTOR");

        assertThat(issued.username()).isEqualTo("camille.tessier@btpcfa-idf.fr");
        assertThat(jdbc.sql("select role || ' ' || must_change_password || ' ' || managed_by_cfa_id"
                                + " from access.account where id = ?")
                        .param(issued.accountId())
                        .query(String.class)
                        .single())
                .isEqualTo("TUTOR true " + ownCfa());
        assertThat(page("/staff/" + staff, Role.CFA_DIRECTOR))
                .contains("camille.tessier@btpcfa-idf.fr", "Mot de passe provisoire à changer");

        MockHttpSession session = login(issued.username(), issued.password());
        assertThat(mvc.perform(get("/apprentices").session(session))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/account/password");

        String weak = HtmlUtils.htmlUnescape(mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", issued.password())
                        .param("newPassword", "tessier2026")
                        .param("confirmation", "tessier2026"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(weak).contains("Nouveau mot de passe : au moins 12 caractères.");

        MockHttpServletResponse changed = mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", issued.password())
                        .param("newPassword", "Formateur-BTP-2026")
                        .param("confirmation", "Formateur-BTP-2026"))
                .andReturn()
                .getResponse();
        assertThat(changed.getRedirectedUrl()).isEqualTo("/account/password");
        assertThat(mvc.perform(get("/apprentices").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(login(issued.username(), "Formateur-BTP-2026")).isNotNull();
    }

    @Test
    void refusesToOpenAnAccessForTheStaffOfAnotherCfaExceptToTheNetworkAdmin() throws Exception {
        long staff = trainer("Ollivier", "Soazig", "soazig.ollivier@btpcfa-idf.fr", otherCfa());

        assertThat(mvc.perform(post("/staff/" + staff + "/access")
                                .with(csrf())
                                .with(new Logins(users).as(Role.CFA_DIRECTOR))
                                .param("role", "TUTOR"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(openAccess("/staff/" + staff + "/access", Role.NETWORK_ADMIN, "TUTOR")
                        .username())
                .isEqualTo("soazig.ollivier@btpcfa-idf.fr");
    }

    @Test
    void explainsThatAPersonWithoutEmailCannotHaveAnAccessYet() throws Exception {
        long staff = trainer("Sans", "Adresse", null, ownCfa());

        MvcResult result = mvc.perform(post("/staff/" + staff + "/access")
                        .with(csrf())
                        .with(new Logins(users).as(Role.CFA_DIRECTOR))
                        .param("role", "TUTOR"))
                .andReturn();

        assertThat(result.getFlashMap().get("accessError"))
                .isEqualTo(
                        "Identifiant : renseignez d'abord l'adresse e-mail de la personne, qui lui sert d'identifiant.");
        assertThat(jdbc.sql("select count(*) from access.account where person_id = ? and role = 'TUTOR'")
                        .param(staff)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void letsTheDirectionDisableEnableAndUnlockAnAccount() throws Exception {
        long staff = trainer("Le Goff", "Erwan", "erwan.legoff@btpcfa-idf.fr", ownCfa());
        IssuedAccess issued = openAccess("/staff/" + staff + "/access", Role.CFA_DIRECTOR, "SECRETARIAT");
        assertThat(page("/accounts?q=legoff", Role.CFA_DIRECTOR)).contains("erwan.legoff@btpcfa-idf.fr");
        assertThat(page("/accounts?q=legoff", Role.NETWORK_ADMIN)).contains("erwan.legoff@btpcfa-idf.fr");

        act("/accounts/" + issued.accountId() + "/disable");
        assertThat(loginAnswer(issued.username(), issued.password())).isEqualTo("/login?error");
        assertThat(page("/accounts?status=disabled&q=legoff", Role.CFA_DIRECTOR))
                .contains("erwan.legoff@btpcfa-idf.fr");

        act("/accounts/" + issued.accountId() + "/enable");
        assertThat(loginAnswer(issued.username(), issued.password())).isEqualTo("/");

        for (int attempt = 0; attempt < 5; attempt++) {
            loginAnswer(issued.username(), "mauvais-mot-de-passe");
        }
        assertThat(loginAnswer(issued.username(), issued.password())).isEqualTo("/login?locked");
        assertThat(page("/accounts?status=locked&q=legoff", Role.CFA_DIRECTOR)).contains("Débloquer");

        act("/accounts/" + issued.accountId() + "/unlock");
        assertThat(loginAnswer(issued.username(), issued.password())).isEqualTo("/");
    }

    @Test
    void refusesToActOnAnAccountOfAnotherCfa() throws Exception {
        long staff = trainer("Kerbrat", "Nolwenn", "nolwenn.kerbrat@btpcfa-idf.fr", otherCfa());
        IssuedAccess issued = openAccess("/staff/" + staff + "/access", Role.NETWORK_ADMIN, "SECRETARIAT");

        assertThat(page("/accounts?q=kerbrat", Role.CFA_DIRECTOR)).doesNotContain("nolwenn.kerbrat");
        assertThat(mvc.perform(post("/accounts/" + issued.accountId() + "/disable")
                                .with(csrf())
                                .with(new Logins(users).as(Role.CFA_DIRECTOR)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    private IssuedAccess openAccess(String path, Role role, String accessRole) throws Exception {
        MvcResult result = mvc.perform(
                        post(path).with(csrf()).with(new Logins(users).as(role)).param("role", accessRole))
                .andReturn();
        assertThat(result.getFlashMap().get("accessError")).isNull();
        return (IssuedAccess) result.getFlashMap().get("issued");
    }

    private void act(String path) throws Exception {
        assertThat(mvc.perform(post(path).with(csrf()).with(new Logins(users).as(Role.CFA_DIRECTOR)))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/accounts");
    }

    private MockHttpSession login(String username, String password) throws Exception {
        MvcResult result =
                mvc.perform(formLogin().user(username).password(password)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private String loginAnswer(String username, String password) throws Exception {
        return mvc.perform(formLogin().user(username).password(password))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private String page(String path, Role role) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(new Logins(users).as(role)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private long trainer(String lastName, String firstName, String email, long cfa) {
        long network = jdbc.sql("select network_id from referential.cfa where id = ?")
                .param(cfa)
                .query(Long.class)
                .single();
        return referential.registerStaffMember(new NewStaffMember(
                network, cfa, null, lastName, firstName, email, null, StaffFunction.TRAINER, "Formateur"));
    }

    private long ownCfa() {
        return jdbc.sql("select cfa_id from access.account where username = 'direction@demo.trio'")
                .query(Long.class)
                .single();
    }

    private long otherCfa() {
        return jdbc.sql("select min(id) from referential.cfa where id <> ?")
                .param(ownCfa())
                .query(Long.class)
                .single();
    }
}
