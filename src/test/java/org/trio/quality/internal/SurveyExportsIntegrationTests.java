package org.trio.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.trio.TrioIntegrationTest;
import org.trio.access.Role;
import org.trio.quality.internal.SurveyForms.CampaignForm;
import org.trio.quality.internal.SurveyForms.QuestionnaireForm;
import org.trio.support.DemoUsers;

/** The survey campaigns of a CFA export to CSV and XLSX, a title that could run a formula neutralised. */
@TrioIntegrationTest
class SurveyExportsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    SurveyService surveys;

    @Autowired
    JdbcClient jdbc;

    private MockHttpServletResponse download(String url) throws Exception {
        MvcResult started = mvc.perform(get(url).with(user(users.loadUserByUsername(DemoUsers.of(Role.CFA_DIRECTOR)))))
                .andReturn();
        return started.getRequest().isAsyncStarted()
                ? mvc.perform(asyncDispatch(started)).andReturn().getResponse()
                : started.getResponse();
    }

    @Test
    void exportsTheCampaignsOfTheCfaWithTheirFiguresAndFormulasNeutralised() throws Exception {
        long cfa = jdbc.sql("select cfa_id from access.account where username = ?")
                .param(DemoUsers.of(Role.CFA_DIRECTOR))
                .query(Long.class)
                .single();
        long network = jdbc.sql("select network_id from access.account where username = ?")
                .param(DemoUsers.of(Role.CFA_DIRECTOR))
                .query(Long.class)
                .single();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long questionnaire = surveys.createQuestionnaire(
                network,
                new QuestionnaireForm(
                        "Questionnaire export " + tag,
                        Questionnaire.Audience.APPRENTICE,
                        "",
                        List.of(new SurveyForms.QuestionRow(Question.Kind.SCALE, "Satisfait ?", "", true, true))));
        String title = "=Enquête export " + tag;
        LocalDate opens = LocalDate.of(2026, 3, 2);
        surveys.createCampaign(
                cfa, network, new CampaignForm(questionnaire, title, "2025-2026", opens, opens.plusWeeks(6)));

        MockHttpServletResponse csv = download("/quality/surveys?format=csv&cfa=" + cfa);

        assertThat(csv.getStatus()).isEqualTo(200);
        String text = csv.getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .get()
                .parse(new StringReader(text.substring(1)))
                .getRecords();
        assertThat(rows.get(0).toList())
                .containsExactly(
                        "Campagne",
                        "Questionnaire",
                        "Public",
                        "Année scolaire",
                        "Ouverture",
                        "Clôture",
                        "Invités",
                        "Réponses",
                        "Taux de réponse (%)");
        assertThat(rows)
                .filteredOn(row -> row.get(0).endsWith(title))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.get(0)).isEqualTo("'" + title);
                    assertThat(row.get(1)).isEqualTo("Questionnaire export " + tag);
                    assertThat(row.get(3)).isEqualTo("2025-2026");
                    assertThat(row.get(4)).isEqualTo("02/03/2026");
                });

        MockHttpServletResponse xlsx = download("/quality/surveys?format=xlsx&cfa=" + cfa);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var cell = sheet.getRow(r).getCell(0);
                if (cell.getStringCellValue().equals(title)) {
                    found = true;
                    assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void exportsTheQualiopiReadinessWithThePagesStatusFilter() throws Exception {
        MockHttpServletResponse all = download("/quality/qualiopi?format=csv&reference=2026-06-30");
        assertThat(all.getStatus()).isEqualTo(200);
        assertThat(all.getHeader("Content-Disposition")).contains("qualiopi-2026-06-30-");
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .get()
                .parse(new StringReader(
                        all.getContentAsString(StandardCharsets.UTF_8).substring(1)))
                .getRecords();
        assertThat(rows.get(0).toList())
                .containsExactly("Indicateur", "Critère", "Libellé", "État", "Preuves à jour", "Preuves");
        assertThat(rows).hasSize(33);
        assertThat(rows.get(1).get(0)).isEqualTo("1");
        assertThat(rows.get(1).get(1)).isEqualTo("1");
        assertThat(rows.get(1).get(3)).isIn("Preuve présente", "Preuves périmées", "Preuve manquante");

        MockHttpServletResponse missing = download("/quality/qualiopi?format=xlsx&reference=2026-06-30&status=MISSING");
        long missingInCsv = rows.stream()
                .skip(1)
                .filter(row -> row.get(3).equals("Preuve manquante"))
                .count();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(missing.getContentAsByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo((int) missingInCsv);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(3).getStringCellValue()).isEqualTo("Preuve manquante");
            }
        }
    }
}
