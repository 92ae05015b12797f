package org.trio.referential;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
import org.trio.support.MatrixPlaceholders;

/** The referential's pages in a real browser: the secretary's journey, French errors, and refused files on a phone. */
@TrioIntegrationTest
class ReferentialBrowserIntegrationTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ReferentialManagement referential;

    @Test
    void secretaryRegistersAMinorWithALegalRepresentativeFindsThemAndOpensTheFile() {
        openDesktop();
        login(Role.SECRETARIAT);
        page.navigate(url("/apprentices"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nouvel apprenti"))
                .click();

        field("Nom de naissance").fill("Le Hénaff");
        field("Prénom").fill("Océane");
        field("Sexe").selectOption("F");
        field("Date de naissance")
                .fill(LocalDate.now(clock).minusYears(16).minusMonths(2).toString());
        field("INE").fill("2024A54321K");
        field("Lieu de naissance").fill("Quimper");
        field("Code postal de naissance").fill("29000");
        field("E-mail").fill("oceane.lehenaff@courriel.fr");
        field("Site de formation").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        screenshot("1-nouvel-apprenti");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Il est mineur");
        assertThat(field("Nom du représentant légal")).hasValue("Le Hénaff");
        field("Prénom du représentant légal").fill("Gaëlle");
        field("Lien avec l'apprenti (mère, père, tuteur…)").fill("Mère");
        field("E-mail du représentant légal").fill("gaelle.lehenaff@courriel.fr");
        field("Téléphone personnel").fill("06 11 22 33 44");
        screenshot("2-representant-legal");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();

        assertThat(page.locator("h1")).containsText("Océane");
        assertThat(page.locator("#representants-legaux")).containsText("Gaëlle Le Hénaff");
        assertThat(page.locator("#identite")).containsText("Quimper (29000)");

        page.navigate(url("/apprentices"));
        page.getByLabel("Rechercher (nom, prénom, INE, e-mail)").fill("oceane le henaff");
        Locator found = page.locator("#results")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("LE HÉNAFF Océane"));
        assertThat(found).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*q=oceane.*"));
        screenshot("3-recherche");
        found.click();

        assertThat(page.locator("h1")).containsText("Le Hénaff");
        assertThat(page.locator("#identite")).containsText("2024A54321K");
        assertThat(page.locator("#representants-legaux")).containsText("gaelle.lehenaff@courriel.fr");
        screenshot("4-dossier");
    }

    @Test
    void showsTheFrenchMessagesOfInvalidIdentifiers() {
        openDesktop();
        login(Role.PLACEMENT_ADVISOR);
        page.navigate(url("/employers/new"));
        field("Raison sociale").fill("Charpentes Kerjean");
        field("SIRET de l'employeur").fill("123 456 789 01234");
        field("Code NAF").fill("43A");
        field("Convention collective (IDCC)").fill("12");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();

        Locator summary = page.locator("#erreurs");
        assertThat(summary).containsText("Le formulaire contient des erreurs");
        assertThat(summary)
                .containsText("SIRET de l'employeur : « 123 456 789 01234 » n'est pas un numéro SIRET valide");
        assertThat(summary).containsText("Code NAF : « 43A » n'est pas un code NAF valide");
        assertThat(summary).containsText("Convention collective (IDCC) : « 12 » n'est pas un code IDCC valide");
        assertThat(field("SIRET de l'employeur")).hasClass(java.util.regex.Pattern.compile(".*is-invalid.*"));
        assertThat(summary).isFocused();
        screenshot("identifiants-invalides");
    }

    @Test
    void refusesAMaitreTheApprenticeOfAnotherMaitreOnAPhone() {
        openPhone();
        login(Role.MENTOR);
        page.navigate(url("/apprentices/" + ownApprentice()));
        assertThat(page.locator("#identite")).containsText("Prénoms");
        screenshot("maitre-son-apprenti");

        page.navigate(url("/apprentices/" + unlinkedApprentice()));
        assertThat(page.locator("h1")).hasText("Accès refusé");
        assertThat(page.locator("main")).containsText("Vous n'avez pas accès à cette page ou à ce dossier");
        screenshot("maitre-autre-apprenti-refuse");
    }

    @Test
    void refusesAnApprenticeSomeoneElsesFileOnAPhone() {
        openPhone();
        login(Role.APPRENTICE);
        page.navigate(url("/apprentices/me"));
        assertThat(page.locator("#sante-handicap"))
                .containsText("Reconnaissance de la qualité de travailleur handicapé");
        assertThat(page.locator("#identite")).containsText("Prénoms");
        screenshot("apprenti-son-dossier");

        page.navigate(url("/apprentices/" + unlinkedApprentice()));
        assertThat(page.locator("h1")).hasText("Accès refusé");
        screenshot("apprenti-autre-dossier-refuse");
    }

    @Test
    void saysInFrenchWhenASectionOfTheFileCannotBeLoaded() {
        openDesktop();
        login(Role.CFA_DIRECTOR);
        page.route(
                "**/sections/legal-representatives",
                route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                        .setStatus(500)
                        .setBody("panne")));
        page.navigate(url("/apprentices/" + ownApprentice()));

        assertThat(page.locator("#representants-legaux"))
                .containsText("Cette partie du dossier n'a pas pu être chargée");
        assertThat(page.locator("#identite")).containsText("Prénoms");
        screenshot("section-en-panne");
    }

    @Test
    void directorOpensAnAccessAndTheNewUserChoosesTheirPassword() {
        long staff = referential.registerStaffMember(new NewStaffMember(
                network(),
                ownCfa(),
                null,
                "Riou",
                "Maiwenn",
                "maiwenn.riou@btpcfa-idf.fr",
                null,
                StaffFunction.SECRETARIAT,
                "Secrétaire pédagogique"));
        openDesktop();
        login(Role.CFA_DIRECTOR);
        page.navigate(url("/staff/" + staff));
        assertThat(page.getByLabel("Rôle de l'accès")).hasValue("SECRETARIAT");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer un accès"))
                .click();
        String password = page.getByTestId("issued-password").textContent().strip();
        screenshot("acces-cree");

        openDesktop();
        login("maiwenn.riou@btpcfa-idf.fr", password);
        assertThat(page).hasURL(url("/account/password"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("choisissez-en un nouveau");
        field("Mot de passe actuel").fill(password);
        field("Nouveau mot de passe").fill("Secretariat-Brest-29");
        field("Confirmation du nouveau mot de passe").fill("Secretariat-Brest-29");
        screenshot("premier-mot-de-passe");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Changer le mot de passe"))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Votre mot de passe est changé.");
        page.navigate(url("/apprentices"));
        assertThat(page.locator("h1")).hasText("Apprentis");
    }

    /** The field of this label, whether or not the label marks it as required (" *"). */
    private Locator field(String label) {
        String literal = label.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0");
        return page.getByLabel(java.util.regex.Pattern.compile("^" + literal + "( \\*)?$"));
    }

    private long ownApprentice() {
        return id("select person_id from access.account where username = 'apprenti@demo.trio'");
    }

    private long ownCfa() {
        return id("select cfa_id from access.account where username = 'direction@demo.trio'");
    }

    private long network() {
        return id("select network_id from access.account where username = 'direction@demo.trio'");
    }

    /** An apprentice of the demo CFA followed by another maître, as the authorization matrix chooses it. */
    private long unlinkedApprentice() {
        return id(MatrixPlaceholders.load().sql("unlinkedApprentice"));
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
