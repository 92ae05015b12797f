package org.trio.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.trio.TrioIntegrationTest;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.access.internal.TrioUserDetails;

@TrioIntegrationTest
class SentMailsPageIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    /** The CFA of the test accounts below (a CFA of the demo network). */
    private static final long DIRECTOR_CFA = 1L;

    @Autowired
    Mailer mailer;

    @Test
    void listsMessagesWithSearchForTheDirection() {
        String subject = "Rupture signalée " + UUID.randomUUID();
        mailer.send("direction@cfa.test", subject, "Une rupture a été signalée.", DIRECTOR_CFA);
        mailer.send("autre@cfa.test", "Autre objet " + UUID.randomUUID(), "Sans rapport.");
        MvcTestResult page = mvc.get()
                .uri("/admin/mails")
                .param("q", subject.substring(18))
                .with(as(Role.CFA_DIRECTOR))
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains("<h1 class=\"h3 mb-0\">Courriels envoyés</h1>")
                .contains(subject)
                .contains("direction@cfa.test")
                .contains("Non envoyé (mode démonstration)")
                .contains("Mode démonstration : aucun serveur d&#39;envoi (SMTP) n&#39;est configuré.")
                .contains("href=\"/admin/mails\"")
                .contains("format=xlsx\"")
                .contains("format=csv\"")
                .doesNotContain("autre@cfa.test");
    }

    @Test
    void showsTheDirectionOnlyItsCfaAndTheNetworkAlsoTheMessagesAboutNoCfa() {
        String batch = "Portée " + UUID.randomUUID();
        long own = mailer.send("a@cfa.test", batch + " propre", "Texte.", DIRECTOR_CFA);
        long other = mailer.send("b@cfa.test", batch + " autre CFA", "Texte.", 999_999_999L);
        long none = mailer.send("c@cfa.test", batch + " sans CFA", "Texte.");

        assertThat(mvc.get().uri("/admin/mails").param("q", batch).with(as(Role.CFA_DIRECTOR)))
                .bodyText()
                .contains(batch + " propre")
                .doesNotContain(batch + " autre CFA")
                .doesNotContain(batch + " sans CFA");
        assertThat(mvc.get().uri("/admin/mails/{id}", other).with(as(Role.CFA_DIRECTOR)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/admin/mails/{id}", none).with(as(Role.CFA_DIRECTOR)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/admin/mails/{id}", own).with(as(Role.CFA_DIRECTOR)))
                .hasStatusOk();
        assertThat(mvc.get().uri("/admin/mails").param("q", batch).with(as(Role.NETWORK_ADMIN)))
                .bodyText()
                .contains(batch + " propre")
                .contains(batch + " sans CFA")
                .doesNotContain(batch + " autre CFA");
    }

    @Test
    void filtersOnTheStatus() {
        String subject = "Filtre état " + UUID.randomUUID();
        mailer.send("etat@cfa.test", subject, "Texte.");
        assertThat(mvc.get()
                        .uri("/admin/mails")
                        .param("q", subject)
                        .param("status", "DEMO")
                        .with(as(Role.NETWORK_ADMIN)))
                .bodyText()
                .contains(subject);
        assertThat(mvc.get()
                        .uri("/admin/mails")
                        .param("q", subject)
                        .param("status", "SENT")
                        .with(as(Role.NETWORK_ADMIN)))
                .bodyText()
                .doesNotContain(">" + subject + "</a>")
                .contains("Aucun résultat.");
    }

    @Test
    void pagesThroughALongListKeepingTheSearch() {
        String batch = "Lot " + UUID.randomUUID();
        for (int n = 1; n <= 51; n++) {
            mailer.send("lot@cfa.test", batch + " n° " + n, "Texte.", DIRECTOR_CFA);
        }
        String query = "/admin/mails?q=" + batch.replace(" ", "%20");
        assertThat(mvc.get().uri(java.net.URI.create(query)).with(as(Role.CFA_DIRECTOR)))
                .bodyText()
                .contains(batch + " n° 51")
                .contains(batch + " n° 2<")
                .doesNotContain(batch + " n° 1<")
                .contains("Page suivante")
                .contains("href=\"" + query + "&amp;page=1\"")
                .contains("href=\"" + query + "&amp;format=xlsx\"");
        assertThat(mvc.get().uri(java.net.URI.create(query + "&page=1")).with(as(Role.CFA_DIRECTOR)))
                .bodyText()
                .contains(batch + " n° 1<")
                .doesNotContain(batch + " n° 2<")
                .contains("Page précédente")
                .doesNotContain("Page suivante");
    }

    @Test
    void showsOneMessageWithItsText() {
        String subject = "Détail " + UUID.randomUUID();
        long id = mailer.send("maitre@entreprise.test", subject, "Bonjour,\n<b>à bientôt</b>");
        MvcTestResult page = mvc.get()
                .uri("/admin/mails/{id}", id)
                .with(as(Role.NETWORK_ADMIN))
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains(subject)
                .contains("Courriel n° " + id)
                .contains("maitre@entreprise.test")
                .contains("Bonjour,\n&lt;b&gt;à bientôt&lt;/b&gt;");
        assertThat(mvc.get().uri("/admin/mails/{id}", Long.MAX_VALUE).with(as(Role.NETWORK_ADMIN)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void refusesOtherRoles() {
        assertThat(mvc.get().uri("/admin/mails").with(as(Role.TUTOR))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/admin/mails/1").with(as(Role.SECRETARIAT))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/admin/mails").param("format", "csv").with(as(Role.APPRENTICE)))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void exportsTheFilteredListToXlsx() throws IOException {
        String subject = "Export " + UUID.randomUUID();
        mailer.send("export@cfa.test", subject, "Texte.", DIRECTOR_CFA);
        MvcTestResult file = mvc.get()
                .uri("/admin/mails")
                .param("q", subject)
                .param("format", "xlsx")
                .with(as(Role.CFA_DIRECTOR))
                .exchange();
        assertThat(file).hasStatusOk();
        assertThat(file).hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(file)
                .headers()
                .hasHeaderSatisfying(
                        "Content-Disposition",
                        values -> assertThat(values.get(0))
                                .matches("attachment; filename=\"courriels-\\d{4}-\\d{2}-\\d{2}\\.xlsx\"; .*"));
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(file.getResponse().getContentAsByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(0)).isEqualTo("Courriels envoyés");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Créé le");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo(subject);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Non envoyé (mode démonstration)");
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isZero();
        }
    }

    @Test
    void exportsToCsvAndExplainsAnUnknownFormat() {
        String subject = "Export CSV " + UUID.randomUUID();
        mailer.send("csv@cfa.test", subject, "Texte.", DIRECTOR_CFA);
        MvcTestResult csv = mvc.get()
                .uri("/admin/mails")
                .param("q", subject)
                .param("format", "csv")
                .with(as(Role.CFA_DIRECTOR))
                .exchange();
        assertThat(csv).hasStatusOk();
        String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFCréé le;Destinataire;Objet;État;Tentatives;Envoyé le;Dernière erreur\r\n");
        assertThat(text).contains(";csv@cfa.test;" + subject + ";Non envoyé (mode démonstration);0;;\r\n");
        MvcTestResult unknown = mvc.get()
                .uri("/admin/mails")
                .param("format", "ods")
                .with(as(Role.CFA_DIRECTOR))
                .exchange();
        assertThat(unknown).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(new String(unknown.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .isEqualTo("Format d'export inconnu (« ods »). Formats possibles : xlsx, csv.");
    }

    private static RequestPostProcessor as(Role role) {
        CurrentUser current = new CurrentUser(
                900L + role.ordinal(),
                role.name().toLowerCase() + "@cfa.test",
                "Compte de test",
                role,
                1L,
                1L,
                null,
                null);
        return user(new TrioUserDetails(current, "secret", true, false));
    }
}
