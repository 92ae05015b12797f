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
import org.trio.TrioIntegrationTest;
import org.trio.access.Role;
import org.trio.support.Logins;

@TrioIntegrationTest
class EmployerPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ReferentialManagement referential;

    Logins logins() {
        return new Logins(users);
    }

    @Test
    void createsAnEmployerAndShowsItsPage() throws Exception {
        MockHttpServletResponse created = mvc.perform(post("/employers/new")
                        .with(csrf())
                        .with(logins().as(Role.PLACEMENT_ADVISOR))
                        .param("name", "Menuiserie Hervé-Lebœuf")
                        .param("siret", "732 829 320 00074")
                        .param("naf", "4332A")
                        .param("idcc", "1597")
                        .param("headcount", "8")
                        .param("employerType", "11")
                        .param("specificEmployer", "0")
                        .param("postCode", "91220")
                        .param("city", "Brétigny-sur-Orge"))
                .andReturn()
                .getResponse();
        assertThat(created.getStatus()).isEqualTo(302);
        String page = mvc.perform(get(created.getRedirectedUrl()).with(logins().as(Role.PLACEMENT_ADVISOR)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Menuiserie Hervé-Lebœuf", "73282932000074", "4332A", "Entreprise inscrite au répertoire");
        String found = mvc.perform(get("/employers")
                        .param("q", "herve leboeuf")
                        .header("HX-Request", "true")
                        .with(logins().as(Role.SECRETARIAT)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(found).contains("Menuiserie Hervé-Lebœuf").doesNotContain("<html");
    }

    @Test
    void refusesAnInvalidSiretNamingTheFieldAndSavesNothing() throws Exception {
        String page = mvc.perform(post("/employers/new")
                        .with(csrf())
                        .with(logins().as(Role.SECRETARIAT))
                        .param("name", "Société au SIRET faux")
                        .param("siret", "73282932000075")
                        .param("naf", "43A")
                        .param("specificEmployer", "0"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("SIRET de l&#39;employeur : « 73282932000075 » n&#39;est pas un numéro SIRET valide")
                .contains("Code NAF : « 43A » n&#39;est pas un code NAF valide");
        assertThat(jdbc.sql("select count(*) from referential.employer where name = 'Société au SIRET faux'")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
