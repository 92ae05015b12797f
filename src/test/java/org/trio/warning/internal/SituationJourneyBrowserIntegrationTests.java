package org.trio.warning.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trio.TrioIntegrationTest;
import org.trio.access.Role;
import org.trio.support.BrowserTest;

/**
 * One situation followed in the browser from the signal to its closure: the referent trainer reports a difficulty, the
 * ADCP triages it, decides a company visit, writes its report (sent to the team) and closes the situation; and a maître
 * d'apprentissage reports a difficulty from a phone.
 */
@TrioIntegrationTest
class SituationJourneyBrowserIntegrationTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void followsASituationFromTheSignalToTriageActionReportAndClosure() {
        long apprentice = tutoredApprenticeWithoutSituation();
        String name = displayName(apprentice);

        openDesktop();
        login(Role.TUTOR);
        page.navigate(url("/warning/report"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Signaler une difficulté concernant " + name))
                .click();
        page.getByLabel("Sujet").selectOption("BEHAVIOUR");
        page.getByLabel("En une phrase").fill("Refuse de porter ses équipements sur le chantier");
        page.getByLabel("Ce que vous avez constaté").fill("Constat à l'heure de guidance, confirmé par le maître.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Transmettre le signalement"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Signalement transmis");
        assertThat(page.locator("main")).containsText("Refuse de porter ses équipements sur le chantier");
        screenshot("1-signalement-formateur");
        String situationUrl = page.url();

        openDesktop();
        login(Role.DEPUTY_PEDAGOGY);
        page.navigate(url("/warning/situations?stage=NEW"));
        openFromPagedList(name);
        assertThat(page).hasURL(situationUrl);
        page.getByLabel("Priorité").selectOption("HIGH");
        page.getByLabel("Évaluation de la situation")
                .fill("Risque de rupture : tension avec l'entreprise sur la sécurité.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer l'évaluation"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Évaluation enregistrée");

        page.getByLabel("Action décidée").selectOption("COMPANY_VISIT");
        page.getByLabel("Responsable de l'action").selectOption(String.valueOf(staffOf("adcp@demo.trio")));
        page.getByLabel("Ce qui doit être fait").fill("Visiter le chantier avec l'apprenti et le maître");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Décider l'action"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Action enregistrée");
        screenshot("2-evaluation-et-action");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rédiger le compte rendu"))
                .click();
        page.getByLabel("Amélioration").check();
        page.getByLabel("Compte rendu", new Page.GetByLabelOptions().setExact(true))
                .fill("Visite faite : consignes de sécurité rappelées, l'apprenti s'engage ; le maître est rassuré.");
        assertThat(page.getByLabel("L'équipe du CFA (direction, secrétariat, formateur référent, ADCP, ASE, CJE)"))
                .isChecked();
        screenshot("3-compte-rendu");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer et envoyer"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Compte rendu enregistré et envoyé");
        assertThat(page.locator("main")).containsText("consignes de sécurité rappelées");

        page.getByLabel("Issue").selectOption("RESOLVED");
        page.getByLabel("Conclusion").fill("Comportement rétabli après la visite.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Clore la situation"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Situation close");
        assertThat(page.locator("main")).containsText("Résolue, le contrat continue");
        screenshot("4-situation-close");

        assertThat(jdbc.sql("select count(*) from platform.outbound_mail where body like ?")
                        .param("%consignes de sécurité rappelées%")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void letsAMaitreReportADifficultyFromAPhone() {
        openPhone();
        login(Role.MENTOR);
        page.navigate(url("/warning/report"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Signaler une difficulté concernant"))
                .first()
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Transmettre le signalement"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Sujet : choisissez le sujet du signalement.");
        assertThat(page.getByRole(AriaRole.ALERT))
                .containsText("En une phrase : décrivez la difficulté en une phrase.");
        page.getByLabel("Sujet").selectOption("COMPANY_CONFLICT");
        page.getByLabel("En une phrase").fill("Retards répétés le lundi matin, discussion tendue hier");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Transmettre le signalement"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Signalement transmis");
        screenshot("signalement-maitre-telephone");
        Object width = page.evaluate("document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).isLessThanOrEqualTo(PHONE_WIDTH);
    }

    /** New situations are listed oldest first: the one just opened may be on a later page, as for a user. */
    private void openFromPagedList(String name) {
        Locator link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
        for (int pages = 0; link.count() == 0 && pages < 50; pages++) {
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Page suivante"))
                    .click();
            page.waitForLoadState();
        }
        link.first().click();
    }

    private long tutoredApprenticeWithoutSituation() {
        return jdbc.sql("""
                        select min(e.apprentice_id) from warning.followed_enrolment e
                        where e.tutor_staff_id = (select person_id from access.account where username = 'formateur@demo.trio')
                          and e.training_start <= :day and e.training_end >= :day and e.exclusion_date is null
                          and not exists (select 1 from warning.situation s where s.apprentice_id = e.apprentice_id
                                            and s.stage <> 'CLOSED')
                          and e.apprentice_id <> (select person_id from access.account where username = 'apprenti@demo.trio')
                        """)
                .param("day", LocalDate.now(clock))
                .query(Long.class)
                .single();
    }

    private String displayName(long apprentice) {
        return jdbc.sql("select last_name || ' ' || first_name from referential.apprentice where id = ?")
                .param(apprentice)
                .query(String.class)
                .single();
    }

    private long staffOf(String username) {
        return jdbc.sql("select person_id from access.account where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }
}
