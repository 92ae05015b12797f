package org.trio.referential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import org.trio.TrioIntegrationTest;
import org.trio.access.Role;
import org.trio.support.Logins;

/** Programmes: the nomenclature looked up while a code is typed, and the filière taken from the diploma's NSF group. */
@TrioIntegrationTest
class ProgrammePagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void fillsTheFormFromTheNomenclatureWhenACompleteCfdIsTyped() throws Exception {
        String answer = lookup("cfd", "500 232 24");

        assertThat(answer)
                .contains("Diplôme trouvé dans la nomenclature : MACON (CAP) (CFD 50023224, RNCP35715)")
                .contains("id=\"rncp-field\" hx-swap-oob=\"true\"", "value=\"RNCP35715\"")
                .contains("id=\"programme-details\" hx-swap-oob=\"true\"", "value=\"MACON (CAP)\"")
                .contains("value=\"Gros Œuvre\"")
                .doesNotContain("id=\"cfd-field\"");
        assertThat(answer).containsPattern("<option value=\"CAP\" selected=\"selected\">CAP</option>");
        assertThat(answer).containsPattern("<option value=\"3\" selected=\"selected\">3 \\(CAP, BEP\\)</option>");
    }

    @Test
    void fillsTheCfdWhenAnRncpCodeIsTyped() throws Exception {
        String answer = lookup("rncp", "rncp35715");

        assertThat(answer)
                .contains("id=\"cfd-field\" hx-swap-oob=\"true\"", "value=\"50023224\"")
                .doesNotContain("id=\"rncp-field\"");
    }

    @Test
    void suggestsTheDiplomasWhoseCodeStartsAsTyped() throws Exception {
        String answer = lookup("cfd", "5002322");

        assertThat(answer)
                .contains("Diplômes dont le code commence ainsi")
                .contains("50023224 · RNCP35715 – MACON (CAP)", "50023223 · RNCP35889 – COUVREUR (CAP)")
                .contains("/programmes/lookup?code=50023224")
                .doesNotContain("hx-swap-oob");
        assertThat(lookup("cfd", "99999")).contains("Aucun diplôme de la nomenclature ne commence par ce code.");
    }

    @Test
    void takesTheFiliereFromTheNsfGroupWhenNoneIsTyped() throws Exception {
        MockHttpServletResponse created = mvc.perform(post("/programmes/new")
                        .with(csrf())
                        .with(new Logins(users).as(Role.SECRETARIAT))
                        .param("cfd", "45023216")
                        .param("label", "BP Maçon – session 2027")
                        .param("diplomaType", "BP")
                        .param("level", "4")
                        .param("theoreticalDurationMonths", "24"))
                .andReturn()
                .getResponse();

        assertThat(created.getRedirectedUrl()).startsWith("/programmes/");
        assertThat(jdbc.sql("select sector from referential.programme where label = 'BP Maçon – session 2027'")
                        .query(String.class)
                        .single())
                .isEqualTo("Gros Œuvre");
    }

    private String lookup(String field, String value) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get("/programmes/lookup")
                        .param(field, value)
                        .header("HX-Request", "true")
                        .header("HX-Trigger-Name", field)
                        .with(new Logins(users).as(Role.SECRETARIAT)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
