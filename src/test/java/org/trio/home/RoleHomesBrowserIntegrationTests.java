package org.trio.home;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.trio.TrioIntegrationTest;
import org.trio.access.Role;
import org.trio.support.BrowserTest;

/** Every demo account of the README logs in through the login page and lands on its own home. */
@TrioIntegrationTest
class RoleHomesBrowserIntegrationTests extends BrowserTest {

    @ParameterizedTest
    @EnumSource(Role.class)
    void logsInAndShowsTheHomeOfEachRole(Role role) {
        if (role == Role.MENTOR || role == Role.APPRENTICE || role == Role.LEGAL_REPRESENTATIVE) {
            openPhone();
        } else {
            openDesktop();
        }
        login(role);
        assertThat(page).hasURL(url("/"));
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1)))
                .containsText("Bonjour");
        assertThat(page.locator("header")).containsText(roleLabel(role));
        screenshot("accueil-" + role.name().toLowerCase(java.util.Locale.ROOT));
    }

    @org.junit.jupiter.api.Test
    void refusesAWrongPasswordWithAFrenchMessage() {
        openDesktop();
        login("direction@demo.trio", "mauvais-mot-de-passe");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Adresse e-mail ou mot de passe incorrect");
        screenshot("mot-de-passe-incorrect");
    }

    private static String roleLabel(Role role) {
        return switch (role) {
            case CFA_DIRECTOR -> "Direction du CFA";
            case NETWORK_ADMIN -> "Tête de réseau";
            case PLACEMENT_ADVISOR -> "Conseiller jeunes et entreprises";
            case DEPUTY_PEDAGOGY -> "Adjoint de direction pédagogie";
            case DEPUTY_SOCIAL -> "Adjoint socio-éducatif";
            case TUTOR -> "Formateur référent";
            case SECRETARIAT -> "Secrétariat pédagogique";
            case DISABILITY_REFERENT -> "Référent handicap";
            case MOBILITY_REFERENT -> "Référent mobilité";
            case QUALITY_MANAGER -> "Responsable qualité";
            case PROGRAMME_LEAD -> "Responsable de formation";
            case MENTOR -> "Maître d'apprentissage";
            case EMPLOYER -> "Employeur";
            case APPRENTICE -> "Apprenti(e)";
            case LEGAL_REPRESENTATIVE -> "Représentant légal";
            case OBSERVER -> "Financeur";
        };
    }
}
