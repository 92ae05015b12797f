package org.trio.referential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import org.trio.TrioIntegrationTest;
import org.trio.access.Role;
import org.trio.support.Logins;

/**
 * Every form with an identifier refuses an invalid one with a French message naming the field, and saves nothing: the
 * page comes back (200) with the messages and the record is not in the database.
 */
@TrioIntegrationTest
class IdentifierValidationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    /**
     * @param path the form's address ({ownCfa}, {employer}… replaced by demo records)
     * @param fields what is typed in, with the invalid identifiers
     * @param messages what the page must say, each naming its field
     * @param saved SQL counting the records the form would have created or changed
     */
    record Case(Role role, String path, Map<String, String> fields, List<String> messages, String saved) {

        @Override
        public String toString() {
            return path;
        }
    }

    static Stream<Arguments> forms() {
        return Stream.of(
                        new Case(
                                Role.NETWORK_ADMIN,
                                "/cfas/new",
                                Map.of(
                                        "name", "CFA au code faux",
                                        "uai", "0912345A",
                                        "siret", "12345678901234",
                                        "cfaType", "11",
                                        "postCode", "2A000"),
                                List.of(
                                        "UAI du CFA : « 0912345A » n'est pas un code UAI valide : la lettre de contrôle attendue est",
                                        "SIRET du CFA : « 12345678901234 » n'est pas un numéro SIRET valide",
                                        "Type de CFA : le type de CFA doit être un code de 01 à 10.",
                                        "Code postal du CFA : « 2A000 » n'est pas un code postal valide"),
                                "select count(*) from referential.cfa where name = 'CFA au code faux'"),
                        new Case(
                                Role.CFA_DIRECTOR,
                                "/cfas/{ownCfa}/edit?version=0",
                                Map.of(
                                        "name", "CFA renommé par erreur",
                                        "uai", "ABC",
                                        "siret", "73282932000074",
                                        "cfaType", "09"),
                                List.of(
                                        "UAI du CFA : « ABC » n'est pas un code UAI valide (7 chiffres suivis d'une lettre"),
                                "select count(*) from referential.cfa where name = 'CFA renommé par erreur'"),
                        new Case(
                                Role.CFA_DIRECTOR,
                                "/cfas/{ownCfa}/sites/new",
                                Map.of(
                                        "name", "UFA au code faux",
                                        "kind", "UFA",
                                        "uai", "09123456",
                                        "siret", "7328293200007",
                                        "postCode", "99000"),
                                List.of(
                                        "UAI du site : « 09123456 » n'est pas un code UAI valide",
                                        "SIRET du site : « 7328293200007 » n'est pas un numéro SIRET valide (14 chiffres)",
                                        "Code postal du site : « 99000 » n'est pas un code postal valide"),
                                "select count(*) from referential.site where name = 'UFA au code faux'"),
                        new Case(
                                Role.SECRETARIAT,
                                "/certifying-institutions/new",
                                Map.of("name", "Université au code faux", "uai", "1234567", "siret", "1234"),
                                List.of(
                                        "UAI de l'établissement certificateur : « 1234567 » n'est pas un code UAI valide",
                                        "SIRET de l'établissement certificateur : « 1234 » n'est pas un numéro SIRET valide"),
                                "select count(*) from referential.certifying_institution where name = 'Université au code faux'"),
                        new Case(
                                Role.PLACEMENT_ADVISOR,
                                "/employers/new",
                                Map.of(
                                        "name", "Entreprise aux codes faux",
                                        "siret", "73282932000075",
                                        "naf", "43.22",
                                        "idcc", "15970",
                                        "postCode", "9122",
                                        "specificEmployer", "0",
                                        "employerType", "17"),
                                List.of(
                                        "SIRET de l'employeur : « 73282932000075 » n'est pas un numéro SIRET valide (la clé de contrôle ne correspond pas)",
                                        "Code NAF : « 43.22 » n'est pas un code NAF valide",
                                        "Convention collective (IDCC) : « 15970 » n'est pas un code IDCC valide",
                                        "Code postal de l'employeur : « 9122 » n'est pas un code postal valide",
                                        "Type d'employeur : le type d'employeur doit être un code CERFA de 11 à 16"),
                                "select count(*) from referential.employer where name = 'Entreprise aux codes faux'"),
                        new Case(
                                Role.SECRETARIAT,
                                "/employers/{employer}/edit?version=0",
                                Map.of("name", "Employeur renommé par erreur", "siret", "0000", "naf", "ABCDE"),
                                List.of(
                                        "SIRET de l'employeur : « 0000 » n'est pas un numéro SIRET valide",
                                        "Code NAF : « ABCDE » n'est pas un code NAF valide"),
                                "select count(*) from referential.employer where name = 'Employeur renommé par erreur'"),
                        new Case(
                                Role.SECRETARIAT,
                                "/programmes/new",
                                Map.of(
                                        "label", "Formation aux codes faux",
                                        "cfd", "5002322",
                                        "rncp", "RNCP1",
                                        "diplomaType", "CAP",
                                        "level", "3",
                                        "theoreticalDurationMonths", "24"),
                                List.of(
                                        "Code diplôme (CFD) : « 5002322 » n'est pas un code diplôme (CFD) valide",
                                        "Code RNCP : « RNCP1 » n'est pas un code RNCP valide"),
                                "select count(*) from referential.programme where label = 'Formation aux codes faux'"),
                        new Case(
                                Role.SECRETARIAT,
                                "/programmes/new",
                                Map.of(
                                        "label", "Formation sans code",
                                        "diplomaType", "CAP",
                                        "level", "3",
                                        "theoreticalDurationMonths", "24"),
                                List.of(
                                        "Code diplôme (CFD) : indiquez le code diplôme ou le code RNCP de la formation."),
                                "select count(*) from referential.programme where label = 'Formation sans code'"),
                        new Case(
                                Role.SECRETARIAT,
                                "/apprentices/new",
                                Map.ofEntries(
                                        Map.entry("cfaId", "{ownCfa}"),
                                        Map.entry("lastName", "Codefaux"),
                                        Map.entry("firstName", "Inès"),
                                        Map.entry("sex", "F"),
                                        Map.entry("birthDate", "2008-03-14"),
                                        Map.entry("ine", "12345"),
                                        Map.entry("birthPostCode", "ABCDE"),
                                        Map.entry("postCode", "123456"),
                                        Map.entry("email", "pas-une-adresse")),
                                List.of(
                                        "INE : « 12345 » n'est pas un INE valide",
                                        "Code postal de naissance : « ABCDE » n'est pas un code postal valide",
                                        "Code postal : « 123456 » n'est pas un code postal valide",
                                        "E-mail : adresse e-mail invalide."),
                                "select count(*) from referential.apprentice where last_name = 'Codefaux'"),
                        new Case(
                                Role.SECRETARIAT,
                                "/apprentices/{ownApprentice}/edit?version=0",
                                Map.of(
                                        "lastName", "Renommé",
                                        "firstName", "Par erreur",
                                        "sex", "X",
                                        "birthDate", "2008-03-14",
                                        "ine", "1234567890"),
                                List.of("INE : « 1234567890 » n'est pas un INE valide", "Sexe : indiquez M ou F."),
                                "select count(*) from referential.apprentice where last_name = 'Renommé'"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void refusesInvalidIdentifiersNamingTheFieldAndSavesNothing(Case form) throws Exception {
        MockHttpServletRequestBuilder request =
                post(resolve(form.path())).with(csrf()).with(new Logins(users).as(form.role()));
        form.fields().forEach((name, value) -> request.param(name, resolve(value)));
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String page = HtmlUtils.htmlUnescape(response.getContentAsString());
        assertThat(page).contains("Le formulaire contient des erreurs");
        for (String message : form.messages()) {
            assertThat(page).contains(message);
        }
        assertThat(jdbc.sql(form.saved()).query(Long.class).single()).isZero();
    }

    private String resolve(String text) {
        return text.replace(
                        "{ownCfa}", demo("select cfa_id from access.account where username = 'direction@demo.trio'"))
                .replace(
                        "{employer}",
                        demo("select person_id from access.account where username = 'employeur@demo.trio'"))
                .replace(
                        "{ownApprentice}",
                        demo("select person_id from access.account where username = 'apprenti@demo.trio'"));
    }

    private String demo(String sql) {
        return String.valueOf(jdbc.sql(sql).query(Long.class).single());
    }
}
