package org.trio.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.trio.TrioIntegrationTest;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.access.internal.TrioUserDetails;
import org.trio.referential.CfaInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.support.TestOrganisations;

/**
 * The upload page as the secretariat of a CFA of its own uses it: upload, progress polled by htmx, preview, confirmation
 * and the error report.
 */
@TrioIntegrationTest
class ImportPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReferentialManagement referential;

    CfaInfo cfa;
    RequestPostProcessor secretariat;

    @BeforeEach
    void aSecretariatOfANewCfa() {
        cfa = referential.cfa(TestOrganisations.aNewCfa(referential)).orElseThrow();
        CurrentUser current = new CurrentUser(
                -1,
                "secretariat-import@test.trio",
                "Secrétariat",
                Role.SECRETARIAT,
                cfa.networkId(),
                cfa.id(),
                null,
                null);
        secretariat = user(new TrioUserDetails(current, "", true, false));
    }

    private String upload(byte[] content, String name) throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart("/exchange/imports")
                        .file(new MockMultipartFile("file", name, "text/csv", content))
                        .with(secretariat)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).matches("/exchange/imports/\\d+");
        return response.getRedirectedUrl();
    }

    /** Polls the progress fragment as the page's htmx does, until the job stops running. */
    private String pollUntilFinished(String jobUrl) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            String fragment = mvc.perform(
                            get(jobUrl).header("HX-Request", "true").with(secretariat))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(fragment).contains("id=\"import-progress\"").doesNotContain("<html");
            if (!fragment.contains("hx-trigger=\"every 1s\"")) {
                return fragment;
            }
            assertThat(System.nanoTime()).as("the job finishes within a minute").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    @Test
    void showsTheDetectedEncodingOfACsvFileOnThePreviewAndNoneForAWorkbook() throws Exception {
        List<Map<TdbColumn, String>> rows = List.of(TdbFiles.row(cfa.uai(), cfa.siret(), "Hervé", "Zoé", "2006-07-14"));
        Map<byte[], String> files = new java.util.LinkedHashMap<>();
        files.put(TdbFiles.csv(rows, StandardCharsets.UTF_8, false, "\n"), "UTF-8");
        files.put(TdbFiles.csv(rows, StandardCharsets.UTF_8, true, "\r\n"), "UTF-8 avec BOM");
        files.put(TdbFiles.csv(rows, StandardCharsets.ISO_8859_1, false, "\r\n"), "ISO-8859-1 / Windows-1252");
        for (Map.Entry<byte[], String> file : files.entrySet()) {
            String job = upload(file.getKey(), "encodage.csv");
            String analysed = pollUntilFinished(job);

            assertThat(analysed).contains("Analyse terminée : prêt à importer");
            assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(analysed))
                    .contains("Encodage du fichier")
                    .contains("data-testid=\"import-encoding\">" + file.getValue() + "</dd>");
            String page = mvc.perform(get(job).with(secretariat))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).as("the name is read with its accents").contains("Hervé");
        }

        String workbook = pollUntilFinished(upload(TdbFiles.xlsx(rows), "classeur.xlsx"));
        assertThat(workbook).contains("Analyse terminée").doesNotContain("Encodage du fichier");
    }

    @Test
    void importsAnUploadedFileAfterItsPreviewAndConfirmation() throws Exception {
        List<Map<TdbColumn, String>> rows = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            rows.add(TdbFiles.row(cfa.uai(), cfa.siret(), "Page", "Prénom" + letters(i), "2006-06-06"));
        }
        String job = upload(TdbFiles.csv(rows), "fichier du logiciel.csv");

        String analysed = pollUntilFinished(job);

        assertThat(analysed)
                .contains("Analyse terminée : prêt à importer")
                .contains("aria-valuenow=\"100\"")
                .contains("1200");
        String page = mvc.perform(get(job).with(secretariat))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Import de « fichier du logiciel.csv »").contains("Page Prénoma");

        assertThat(mvc.perform(post(job + "/confirm").with(secretariat).with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo(job);
        String imported = pollUntilFinished(job);

        assertThat(imported).contains("Import terminé");
        assertThat(referential.apprenticesNamed("Page", "Prénomb", LocalDate.of(2006, 6, 6)))
                .singleElement()
                .satisfies(a -> assertThat(a.cfaId()).isEqualTo(cfa.id()));
        String list = mvc.perform(get("/exchange/imports").with(secretariat))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("fichier du logiciel.csv").contains("Import terminé");
    }

    @Test
    void refusesAFileWithAnErrorAndGivesTheReportWithTheFaultyCellMarked() throws Exception {
        Map<TdbColumn, String> row = TdbFiles.row(cfa.uai(), cfa.siret(), "Faux", "Rapport", "2006-07-07");
        row.put(TdbColumn.CONTRACT_1_RUPTURE, "2020-01-01");
        String job = upload(TdbFiles.csv(List.of(row)), "faux.csv");

        String refused = pollUntilFinished(job);

        assertThat(refused)
                .contains("Fichier refusé : rien n&#39;a été importé")
                .contains("rupture avant le début du contrat 1 (2025-09-08)")
                .contains("AT")
                .doesNotContain("import-confirm");
        MvcResult started = mvc.perform(get(job + "/report").with(secretariat))
                .andExpect(request().asyncStarted())
                .andReturn();
        byte[] report =
                mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report))) {
            var cell = workbook.getSheet("Modèle").getRow(1).getCell(TdbColumn.CONTRACT_1_RUPTURE.ordinal());
            assertThat(cell.getStringCellValue()).isEqualTo("2020-01-01");
            assertThat(cell.getCellComment().getString().getString())
                    .isEqualTo("Erreur : rupture avant le début du contrat 1 (2025-09-08)");
        }
        assertThat(referential.apprenticesNamed("Faux", "Rapport", LocalDate.of(2006, 7, 7)))
                .isEmpty();
    }

    private static String letters(int n) {
        StringBuilder text = new StringBuilder();
        int value = n;
        do {
            text.append((char) ('a' + value % 26));
            value /= 26;
        } while (value > 0);
        return text.toString();
    }
}
