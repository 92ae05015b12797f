package org.trio.referential;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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

/**
 * Registering and changing maîtres d'apprentissage (with their qualification: highest diploma and level, years of
 * related experience, training followed) and cohorts through their pages: what is saved, and the French message naming
 * the field when the input is wrong.
 */
@TrioIntegrationTest
class MentorAndCohortPagesIntegrationTests {

    private static final SplittableRandom RANDOM = new SplittableRandom();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ReferentialManagement referential;

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

    /** An employer of the test's own. */
    private long anEmployer(String name) {
        for (int attempt = 0; ; attempt++) {
            try {
                return referential.registerEmployer(new NewEmployer(
                        DemoIdentifiers.siret(RANDOM),
                        name,
                        "4332A",
                        "1597",
                        12,
                        "11",
                        "0",
                        null,
                        "91220",
                        "Brétigny-sur-Orge",
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

    @Test
    void registersAMaitreWithTheirQualificationAndCorrectsIt() throws Exception {
        String word = ReferentialPages.uniqueWord("Maitre");
        long employer = anEmployer("Menuiserie " + word);
        long mentor = pages().created(
                        Role.PLACEMENT_ADVISOR,
                        "/employers/" + employer + "/mentors/new",
                        Map.ofEntries(
                                Map.entry("lastName", "Le Gall-" + word),
                                Map.entry("firstName", "Maëlle"),
                                Map.entry("birthDate", "1984-05-17"),
                                Map.entry("email", "maelle." + word + "@menuiserie.example"),
                                Map.entry("jobTitle", "Cheffe d'atelier"),
                                Map.entry("highestDiploma", "54"),
                                Map.entry("relatedExperienceYears", "12"),
                                Map.entry("trainingFollowed", "Formation maître d'apprentissage CMA 91"),
                                Map.entry("trainingDate", "2024-03-12")));
        assertThat(row(
                        "select employer_id, last_name, first_name, job_title, highest_diploma, highest_diploma_level,"
                                + " related_experience_years, training_followed, training_date from referential.mentor"
                                + " where id = ?",
                        mentor))
                .containsEntry("employer_id", employer)
                .containsEntry("last_name", "Le Gall-" + word)
                .containsEntry("first_name", "Maëlle")
                .containsEntry("job_title", "Cheffe d'atelier")
                .containsEntry("highest_diploma", "54")
                .containsEntry("highest_diploma_level", 5) // BTS: level 5, from the CERFA code
                .containsEntry("related_experience_years", 12)
                .containsEntry("training_followed", "Formation maître d'apprentissage CMA 91")
                .containsEntry("training_date", java.sql.Date.valueOf("2024-03-12"));
        assertThat(pages().page(Role.SECRETARIAT, "/mentors/" + mentor, Map.of()))
                .contains(
                        "Le Gall-" + word, "Brevet de technicien supérieur", "Formation maître d'apprentissage CMA 91");

        assertThat(pages().created(
                                Role.SECRETARIAT,
                                "/mentors/" + mentor + "/edit",
                                Map.ofEntries(
                                        Map.entry("version", Long.toString(version("mentor", mentor))),
                                        Map.entry("lastName", "Le Gall-" + word),
                                        Map.entry("firstName", "Maëlle"),
                                        Map.entry("jobTitle", "Responsable d'atelier"),
                                        Map.entry("highestDiploma", "33"),
                                        Map.entry("relatedExperienceYears", "13"),
                                        Map.entry("trainingFollowed", ""))))
                .isEqualTo(mentor);
        assertThat(row(
                        "select job_title, highest_diploma, highest_diploma_level, related_experience_years,"
                                + " training_followed from referential.mentor where id = ?",
                        mentor))
                .containsEntry("job_title", "Responsable d'atelier")
                .containsEntry("highest_diploma", "33")
                .containsEntry("highest_diploma_level", 3)
                .containsEntry("related_experience_years", 13);
    }

    @Test
    void refusesAMaitreWithAnUnknownDiplomaCodeOrTooManyYearsNamingTheFields() throws Exception {
        String word = ReferentialPages.uniqueWord("Refus");
        long employer = anEmployer("Plâtrerie " + word);
        String page = pages().refused(
                        Role.CFA_DIRECTOR,
                        "/employers/" + employer + "/mentors/new",
                        Map.of(
                                "lastName", "Refusé-" + word,
                                "firstName", "",
                                "highestDiploma", "5",
                                "relatedExperienceYears", "60",
                                "email", "pas-une-adresse"));
        assertThat(page)
                .contains("Prénom du maître d'apprentissage : ce champ est obligatoire.")
                .contains("Diplôme ou titre le plus élevé obtenu : code à deux chiffres de la liste du CERFA (par"
                        + " exemple 33 pour un CAP).")
                .contains("Années d'expérience en rapport avec la formation : la valeur doit être au plus 50.")
                .contains("E-mail du maître d'apprentissage : adresse e-mail invalide.");
        assertThat(jdbc.sql("select count(*) from referential.mentor where employer_id = ?")
                        .param(employer)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void opensACohortChangesItAndRefusesEndingBeforeItStarts() throws Exception {
        long cfa = jdbc.sql("select cfa_id from access.account where username = 'secretariat@demo.trio'")
                .query(Long.class)
                .single();
        long site = jdbc.sql("select min(id) from referential.site where cfa_id = ?")
                .param(cfa)
                .query(Long.class)
                .single();
        long programme = jdbc.sql("select min(id) from referential.programme where diploma_type = 'BP'")
                .query(Long.class)
                .single();
        String word = ReferentialPages.uniqueWord("Promo");
        long cohort = pages().created(
                        Role.SECRETARIAT,
                        "/cohorts/new",
                        Map.of(
                                "programmeId", Long.toString(programme),
                                "siteId", Long.toString(site),
                                "schoolYear", "2031",
                                "programmeYear", "2",
                                "label", "BP " + word,
                                "startDate", "2031-09-08",
                                "endDate", "2032-06-26"));
        assertThat(row(
                        "select programme_id, site_id, school_year, programme_year, label, start_date, end_date"
                                + " from referential.cohort where id = ?",
                        cohort))
                .containsEntry("programme_id", programme)
                .containsEntry("site_id", site)
                .containsEntry("school_year", 2031)
                .containsEntry("programme_year", 2)
                .containsEntry("label", "BP " + word)
                .containsEntry("start_date", java.sql.Date.valueOf(LocalDate.of(2031, 9, 8)))
                .containsEntry("end_date", java.sql.Date.valueOf(LocalDate.of(2032, 6, 26)));

        String refused = pages().refused(
                        Role.SECRETARIAT,
                        "/cohorts/" + cohort + "/edit",
                        Map.of(
                                "version",
                                Long.toString(version("cohort", cohort)),
                                "programmeId",
                                Long.toString(programme),
                                "siteId",
                                Long.toString(site),
                                "schoolYear",
                                "2031",
                                "programmeYear",
                                "7",
                                "label",
                                "BP " + word,
                                "startDate",
                                "2031-09-08",
                                "endDate",
                                "2032-06-26"));
        assertThat(refused).contains("Année de formation : la valeur doit être au plus 5.");
        String backwards = pages().refused(
                        Role.SECRETARIAT,
                        "/cohorts/" + cohort + "/edit",
                        Map.of(
                                "version",
                                Long.toString(version("cohort", cohort)),
                                "programmeId",
                                Long.toString(programme),
                                "siteId",
                                Long.toString(site),
                                "schoolYear",
                                "2031",
                                "programmeYear",
                                "2",
                                "label",
                                "BP " + word,
                                "startDate",
                                "2031-09-08",
                                "endDate",
                                "2031-06-26"));
        assertThat(backwards).contains("Date de fin : la fin de la promotion doit suivre son début.");
        assertThat(row("select end_date from referential.cohort where id = ?", cohort))
                .containsEntry("end_date", java.sql.Date.valueOf(LocalDate.of(2032, 6, 26)));

        assertThat(pages().created(
                                Role.SECRETARIAT,
                                "/cohorts/" + cohort + "/edit",
                                Map.of(
                                        "version",
                                        Long.toString(version("cohort", cohort)),
                                        "programmeId",
                                        Long.toString(programme),
                                        "siteId",
                                        Long.toString(site),
                                        "schoolYear",
                                        "2031",
                                        "programmeYear",
                                        "1",
                                        "label",
                                        "BP " + word + " groupe B",
                                        "startDate",
                                        "2031-09-15",
                                        "endDate",
                                        "2032-06-26")))
                .isEqualTo(cohort);
        assertThat(row("select programme_year, label, start_date from referential.cohort where id = ?", cohort))
                .containsEntry("programme_year", 1)
                .containsEntry("label", "BP " + word + " groupe B")
                .containsEntry("start_date", java.sql.Date.valueOf(LocalDate.of(2031, 9, 15)));

        // a site of another CFA is not the secretariat's to plan
        long otherSite = jdbc.sql("select min(id) from referential.site where cfa_id <> ?")
                .param(cfa)
                .query(Long.class)
                .single();
        assertThat(pages().post(
                                Role.SECRETARIAT,
                                "/cohorts/new",
                                Map.of(
                                        "programmeId", Long.toString(programme),
                                        "siteId", Long.toString(otherSite),
                                        "schoolYear", "2031",
                                        "programmeYear", "1",
                                        "label", "Hors périmètre " + word,
                                        "startDate", "2031-09-08",
                                        "endDate", "2032-06-26"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from referential.cohort where label = ?")
                        .param("Hors périmètre " + word)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
