package org.trio.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.trio.TrioIntegrationTest;
import org.trio.access.Role;
import org.trio.referential.CfaInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.support.DemoUsers;

/** Lists that gained their XLSX and CSV exports: the six-month follow-ups, the people behind a headcount, imports. */
@TrioIntegrationTest
class ListExportsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ImportJobs jobs;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private MockHttpServletResponse download(String url, Role role) throws Exception {
        MvcResult started = mvc.perform(get(url).with(user(users.loadUserByUsername(DemoUsers.of(role)))))
                .andReturn();
        return mvc.perform(asyncDispatch(started)).andReturn().getResponse();
    }

    @Test
    void exportsTheFollowUpsAfterRuptureAndThePeopleBehindAHeadcount() throws Exception {
        MockHttpServletResponse followUps = download("/continuations?format=csv", Role.PLACEMENT_ADVISOR);
        assertThat(followUps.getStatus()).isEqualTo(200);
        assertThat(followUps.getHeader("Content-Disposition")).contains("suivis-en-cours-");
        assertThat(followUps.getContentAsString(StandardCharsets.UTF_8))
                .startsWith("\uFEFFApprenti;Rupture;Fin des six mois;Jours restants;Actions;Issue\r\n");

        MockHttpServletResponse people = download("/statuses/people?group=apprentices&format=xlsx", Role.CFA_DIRECTOR);
        assertThat(people.getStatus()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(people.getContentAsByteArray()))) {
            assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isGreaterThan(1);
        }
        String page = mvc.perform(get("/statuses/people?group=apprentices")
                        .with(user(users.loadUserByUsername(DemoUsers.of(Role.CFA_DIRECTOR)))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("group=apprentices&amp;format=xlsx").contains("group=apprentices&amp;format=csv");
    }

    @Test
    void exportsTheOverdueVisitsAndTheLeaversOfAYear() throws Exception {
        MockHttpServletResponse visits = download("/visits?format=csv", Role.CFA_DIRECTOR);
        assertThat(visits.getStatus()).isEqualTo(200);
        assertThat(visits.getContentAsString(StandardCharsets.UTF_8))
                .startsWith("\uFEFFApprenti;Visite due;Du;Au;Planifiée le\r\n");

        MockHttpServletResponse leavers = download("/insertion/leavers?format=xlsx", Role.PLACEMENT_ADVISOR);
        assertThat(leavers.getStatus()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(leavers.getContentAsByteArray()))) {
            var header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Apprenti");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("À 6 mois");
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("À 24 mois");
        }
    }

    @Test
    void exportsTheProgressionOfACohort() throws Exception {
        long cohort = jdbc.sql("""
                        select min(c.id) from referential.cohort c join referential.site s on s.id = c.site_id
                         where s.cfa_id = (select cfa_id from access.account where username = ?)""")
                .param(DemoUsers.of(Role.CFA_DIRECTOR))
                .query(Long.class)
                .single();

        MockHttpServletResponse progression =
                download("/booklet/cohorts/" + cohort + "/progression?format=csv", Role.CFA_DIRECTOR);

        assertThat(progression.getStatus()).isEqualTo(200);
        assertThat(progression.getContentAsString(StandardCharsets.UTF_8))
                .startsWith("\uFEFFApprenti;Niveau moyen (maître);Niveau moyen (formateur);Compétences autonomes;"
                        + "Compétences du référentiel\r\n");
    }

    @Test
    void exportsTheAuditTrailAndTracesTheExport() throws Exception {
        MockHttpServletResponse trail = download("/audit?format=csv&action=LOGIN", Role.NETWORK_ADMIN);

        assertThat(trail.getStatus()).isEqualTo(200);
        assertThat(trail.getContentAsString(StandardCharsets.UTF_8))
                .startsWith("\uFEFFDate;Qui;Rôle;Action;Objet;Identifiant;Apprenti;Catégorie;Détails\r\n");
        assertThat(jdbc.sql("select count(*) from access.audit_event where action = 'EXPORT_AUDIT' and username = ?")
                        .param(DemoUsers.of(Role.NETWORK_ADMIN))
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void exportsTheImportsWithFileNamesThatCouldRunAFormulaNeutralised() throws Exception {
        long cfa = users.loadUserByUsername(DemoUsers.of(Role.SECRETARIAT))
                        instanceof org.trio.access.internal.TrioUserDetails details
                ? details.user().cfaId()
                : -1;
        CfaInfo info = referential.cfa(cfa).orElseThrow();
        jobs.create(
                new ImportTarget(info.networkId(), Set.of(cfa), false, "secretariat@demo.trio"),
                cfa,
                "PAGE",
                "=HYPERLINK(\"http://exemple.invalid\").csv",
                null);

        MockHttpServletResponse csv = download("/exchange/imports?format=csv", Role.SECRETARIAT);

        assertThat(csv.getContentAsString(StandardCharsets.UTF_8))
                .contains(";\"'=HYPERLINK(\"\"http://exemple.invalid\"\").csv\";secretariat@demo.trio;page;QUEUED;")
                .contains(ExchangeDemoData.FILE_NAME);
    }

    @Test
    void exportsTheApiKeysOfTheCfaWithoutTheirSecretAndWithLabelsThatCouldRunAFormulaNeutralised() throws Exception {
        org.trio.access.CurrentUser director = users.loadUserByUsername(DemoUsers.of(Role.CFA_DIRECTOR))
                        instanceof org.trio.access.internal.TrioUserDetails details
                ? details.user()
                : null;
        String label = "=SOMME(A1:A9) " + java.util.UUID.randomUUID().toString().substring(0, 6);
        ApiKeys.Created created =
                apiKeys.create(director, director.networkId(), director.cfaId(), label, Set.of(ApiScope.STATUSES_READ));

        MockHttpServletResponse csv = download("/exchange/api-keys?format=csv", Role.CFA_DIRECTOR);

        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getHeader("Content-Disposition")).contains("cles-api-");
        java.util.List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .get()
                .parse(new java.io.StringReader(
                        csv.getContentAsString(StandardCharsets.UTF_8).substring(1)))
                .getRecords();
        assertThat(records.get(0).toList())
                .containsExactly(
                        "Nom",
                        "Préfixe",
                        "Organisme",
                        "Droits",
                        "Créée par",
                        "Créée le",
                        "Dernière utilisation",
                        "Révoquée le");
        assertThat(records)
                .filteredOn(record -> record.get(0).endsWith(label))
                .singleElement()
                .satisfies(record -> {
                    assertThat(record.get(0)).isEqualTo("'" + label);
                    assertThat(record.get(1)).isEqualTo(created.key().prefix());
                    assertThat(record.get(2))
                            .isEqualTo(referential
                                    .cfa(director.cfaId())
                                    .orElseThrow()
                                    .name());
                    assertThat(record.get(3)).isEqualTo(ApiScope.STATUSES_READ.code());
                });
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(created.secret());

        MockHttpServletResponse xlsx = download("/exchange/api-keys?format=xlsx", Role.CFA_DIRECTOR);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var cell = sheet.getRow(r).getCell(0);
                if (cell.getStringCellValue().endsWith(label)) {
                    found = true;
                    assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
                    assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                    assertThat(sheet.getRow(r).getCell(1).getStringCellValue())
                            .isEqualTo(created.key().prefix());
                }
            }
            assertThat(found).as("the new key is a row of the workbook").isTrue();
        }
        String page = mvc.perform(
                        get("/exchange/api-keys").with(user(users.loadUserByUsername(DemoUsers.of(Role.CFA_DIRECTOR)))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("format=xlsx").contains("format=csv");
    }
}
