package org.trio.exchange.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trio.TrioIntegrationTest;
import org.trio.access.Role;
import org.trio.referential.CfaInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.support.BrowserTest;
import org.trio.support.DemoUsers;

/**
 * The exchange pages in a browser: the secretariat uploads a faulty file on a phone and reads what to fix while the
 * progress is polled; the direction creates and revokes an API key; the API's interactive page runs under Trio's
 * content security policy.
 */
@TrioIntegrationTest
class ExchangeBrowserIntegrationTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferentialManagement referential;

    private CfaInfo demoCfa() {
        long cfa = jdbc.sql("select cfa_id from access.account where username = ?")
                .param(DemoUsers.of(Role.SECRETARIAT))
                .query(Long.class)
                .single();
        return referential.cfa(cfa).orElseThrow();
    }

    @Test
    void showsTheSecretariatWhatToFixInAnUploadedFileOnAPhone() {
        CfaInfo cfa = demoCfa();
        Map<TdbColumn, String> row = TdbFiles.row(cfa.uai(), cfa.siret(), "Navigateur", "Zélie", "2007-03-03");
        row.put(TdbColumn.BIRTH_DATE, "32/03/2007");

        openPhone();
        login(Role.SECRETARIAT);
        page.navigate(url("/exchange/imports"));
        page.getByLabel("Fichier à importer")
                .setInputFiles(new FilePayload("logiciel.csv", "text/csv", TdbFiles.csv(List.of(row))));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Analyser le fichier"))
                .click();

        assertThat(page.getByTestId("import-state")).hasText("Fichier refusé : rien n'a été importé");
        assertThat(page.getByTestId("import-issues"))
                .containsText("format incorrect, attendu : une date valide au format AAAA-MM-JJ");
        assertThat(page.getByTestId("import-report")).isVisible();
        assertThat(page.getByTestId("import-confirm")).hasCount(0);
        screenshot("import-refuse-telephone");
        assertThat(referential.apprenticesOfNetwork(cfa.networkId()))
                .noneMatch(a -> a.lastName().equals("Navigateur"));
    }

    @Test
    void letsTheDirectionCreateAnApiKeyShownOnceThenRevokeIt() {
        openDesktop();
        login(Role.CFA_DIRECTOR);
        page.navigate(url("/exchange/api-keys"));
        page.getByLabel("Nom de la clé").fill("Logiciel de planning");
        page.getByLabel("statuses:read").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer la clé"))
                .click();

        assertThat(page.getByTestId("api-key-created")).containsText("Clé « Logiciel de planning » créée.");
        String key = page.getByLabel("Texte de la clé").inputValue();
        assertThat(key).startsWith("trio_");
        screenshot("cle-api-creee");
        page.reload();
        assertThat(page.getByTestId("api-key-created")).hasCount(0);
        assertThat(page.getByTestId("api-keys")).containsText("Logiciel de planning");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Révoquer la clé « Logiciel de planning »"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Clé « Logiciel de planning » révoquée.");
    }

    @Test
    void runsTheApisInteractivePageUnderTheContentSecurityPolicy() {
        openDesktop();
        page.navigate(url("/swagger-ui.html"));

        assertThat(page.getByText("API Trio").first()).isVisible();
        assertThat(page.getByText("/api/v1/figures/headcounts").first()).isVisible();
        screenshot("api-swagger");
    }
}
