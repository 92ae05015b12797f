package org.trio.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.trio.TrioIntegrationTest;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.access.internal.TrioUserDetails;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.CfaInfo;
import org.trio.referential.NewApprentice;
import org.trio.referential.ReferentialManagement;
import org.trio.support.TestOrganisations;

/**
 * The SIFA file of a CFA of its own, filled through the dashboard import: who is in it on 31 December 2025, the file
 * checked against the instructions' lengths and codes ({@link SifaInstructions}), the controls listing what to fix, and
 * the page and its downloads.
 */
@TrioIntegrationTest
class SifaExportIntegrationTests {

    static final int YEAR = 2025;

    @Autowired
    ImportService imports;

    @Autowired
    SifaExport sifa;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    MockMvc mvc;

    CfaInfo cfa;
    String suffix;

    private static final java.util.concurrent.atomic.AtomicInteger RUNS =
            new java.util.concurrent.atomic.AtomicInteger();

    /** Names of their own for each test, so that no test finds another's apprentices by name. */
    private String name(String name) {
        return name + suffix;
    }

    @BeforeEach
    void aCfaWithApprenticesImportedFromTheDashboardFile() {
        cfa = referential.cfa(TestOrganisations.aNewCfa(referential)).orElseThrow();
        suffix = "-" + "abcdefghijklmnopqrstuvwxyz".charAt(RUNS.getAndIncrement() % 26) + "sifa";
        String previous = "0911255V";
        Map<TdbColumn, String> apprentice = TdbFiles.row(cfa.uai(), cfa.siret(), name("Lefèvre"), "Inès", "2008-03-12");
        apprentice.put(TdbColumn.INE, "123456789AC");
        apprentice.put(TdbColumn.PREVIOUS_SITUATION, "1021");
        apprentice.put(TdbColumn.PREVIOUS_UAI, previous);
        Map<TdbColumn, String> rupturant = TdbFiles.row(cfa.uai(), cfa.siret(), name("Martin"), "Hugo", "2007-06-01");
        rupturant.put(TdbColumn.CONTRACT_1_RUPTURE, "2025-11-15");
        rupturant.put(TdbColumn.CONTRACT_1_CAUSE, "Déménagement");
        Map<TdbColumn, String> laterContract =
                TdbFiles.row(cfa.uai(), cfa.siret(), name("Petit"), "Jade", "2008-01-01");
        laterContract.put(TdbColumn.CONTRACT_1_START, "2026-01-05");
        Map<TdbColumn, String> withoutContract =
                TdbFiles.row(cfa.uai(), cfa.siret(), name("Roux"), "Adam", "2008-02-02");
        for (TdbColumn column : TdbColumn.contract(1)) {
            withoutContract.remove(column);
        }
        ImportTarget target = new ImportTarget(cfa.networkId(), Set.of(cfa.id()), false, "test");
        ImportAnalysis analysis = imports.analyse(
                TdbFiles.csv(List.of(apprentice, rupturant, laterContract, withoutContract)),
                "sifa.csv",
                target,
                ImportService.Progress.NONE);
        assertThat(analysis.errors()).as(analysis.issues().toString()).isZero();
        imports.commit(analysis, target, null, ImportService.Progress.NONE);
    }

    @Test
    void countsTheApprenticesAndRupturantsOfTheThirtyFirstOfDecember() {
        SifaExport.File file = sifa.file(cfa, List.of(), YEAR, false);

        assertThat(file.surveyDay()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(file.lines())
                .extracting(SifaExport.Line::name)
                .containsExactly(name("Lefèvre") + " Inès", name("Martin") + " Hugo");
        List<String> first = file.lines().get(0).values();
        assertThat(first.get(SifaColumn.NOM.ordinal())).isEqualTo(SifaRows.name(name("Lefèvre")));
        assertThat(first.get(SifaColumn.NUMERO_UAI.ordinal())).isEqualTo(cfa.uai());
        assertThat(first.get(SifaColumn.SIT_N_1.ordinal())).isEqualTo("1021");
        assertThat(first.get(SifaColumn.ETAB_N_1.ordinal())).isEqualTo("0911255V");
        assertThat(first.get(SifaColumn.DATE_DEB_CONT.ordinal())).isEqualTo("08092025");
        assertThat(first.get(SifaColumn.DATE_RUPT_CONT.ordinal())).isEmpty();
        assertThat(file.lines().get(1).values().get(SifaColumn.DATE_RUPT_CONT.ordinal()))
                .isEqualTo("15112025");
    }

    @Test
    void writesAFileThatHasTheInstructionsLengthsAndCodes() throws Exception {
        SifaExport.File file = sifa.file(cfa, List.of(), YEAR, false);
        StringWriter out = new StringWriter();
        SifaController.writeFile(file, out);
        String text = out.toString();

        assertThat(text).doesNotStartWith("\uFEFF").doesNotContain("NUMERO_UAI").endsWith("\r\n");
        String[] lines = text.split("\r\n");
        assertThat(lines).hasSize(2);
        SifaInstructions instructions = SifaInstructions.written();
        for (String line : lines) {
            String[] fields = line.split(";", -1);
            assertThat(fields).as(line).hasSize(47);
            for (int i = 0; i < fields.length; i++) {
                SifaInstructions.Variable variable = instructions.variables().get(i);
                String value = fields[i];
                assertThat(value.length()).as(variable.name() + " " + value).isLessThanOrEqualTo(variable.length());
                Set<String> codes = instructions.codes().get(variable.name());
                if (codes != null && !value.isEmpty()) {
                    assertThat(codes).as(variable.name()).contains(value);
                }
                if (variable.name().startsWith("DATE_") && !value.isEmpty()) {
                    assertThat(value).as(variable.name()).matches("^(0[1-9]|[12][0-9]|3[01])(0[1-9]|1[0-2])\\d{4}$");
                }
                if (Set.of("NOM", "NOM2", "PRENOM1", "PRENOM2", "PRENOM3").contains(variable.name())) {
                    assertThat(value).as(variable.name()).matches("^[A-Z -]*$");
                }
            }
            for (String required : List.of(
                    "NUMERO_UAI",
                    "TYPE_CFA",
                    "SIT_FORM",
                    "UAI_EPLE",
                    "NAT_STR_JUR",
                    "STATUT",
                    "DIPLOME",
                    "DUR_FORM_THEO",
                    "DUR_FORM_REELLE",
                    "AN_FORM",
                    "NOM",
                    "PRENOM1",
                    "ADRESSE",
                    "DATE_NAIS",
                    "SEXE")) {
                assertThat(fields[instructions.variables().indexOf(instructions.variable(required))])
                        .as(required)
                        .isNotEmpty();
            }
        }
    }

    @Test
    void listsEachFailingApprenticeWithWhatToFixUntilItIsFixed() {
        SifaExport.File file = sifa.file(cfa, List.of(), YEAR, false);

        SifaExport.Line ines = file.lines().get(0);
        assertThat(ines.problems())
                .extracting(SifaControls.Problem::control, SifaControls.Problem::column, SifaControls.Problem::where)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("IN29", SifaColumn.LIEU_NAIS, "identité de l'apprenti"));
        SifaExport.Line hugo = file.lines().get(1);
        assertThat(hugo.problems()).extracting(SifaControls.Problem::control).containsExactly("IN29", "IN37", "IN38");
        assertThat(file.blockedLines()).isEqualTo(2);

        ApprenticeInfo a = referential.apprentice(ines.apprenticeId()).orElseThrow();
        referential.updateApprentice(
                a.id(),
                new NewApprentice(
                        a.cfaId(),
                        a.siteId(),
                        a.lastName(),
                        a.usageName(),
                        a.firstName(),
                        a.firstName2(),
                        a.firstName3(),
                        a.birthDate(),
                        a.birthPostCode(),
                        "91223",
                        a.birthPlace(),
                        a.sex(),
                        a.ine(),
                        a.address(),
                        a.postCode(),
                        a.city(),
                        a.communeInsee(),
                        a.phone(),
                        a.email(),
                        a.nationality()));

        SifaExport.File fixed = sifa.file(cfa, List.of(), YEAR, false);
        assertThat(fixed.lines().get(0).problems()).isEmpty();
        assertThat(fixed.lines().get(0).values().get(SifaColumn.LIEU_NAIS.ordinal()))
                .isEqualTo("91223");
        assertThat(fixed.blockedLines()).isEqualTo(1);
    }

    private RequestPostProcessor director() {
        CurrentUser current = new CurrentUser(
                -1, "direction-sifa@test.trio", "Direction", Role.CFA_DIRECTOR, cfa.networkId(), cfa.id(), null, null);
        return user(new TrioUserDetails(current, "", true, false));
    }

    private MockHttpServletResponse download(String url) throws Exception {
        MvcResult started = mvc.perform(get(url).with(director())).andReturn();
        return mvc.perform(asyncDispatch(started)).andReturn().getResponse();
    }

    @Test
    void showsTheControlsOnItsPageAndDownloadsTheFileAndTheWorkbook() throws Exception {
        String page = mvc.perform(get("/exchange/sifa").param("year", "2025").with(director()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("31/12/2025")
                .contains("IN29")
                .contains("IN38")
                .contains(name("Martin") + " Hugo")
                .contains("variable obligatoire non renseignée : le code commune INSEE du lieu de naissance")
                .contains("La variable HANDI");

        MockHttpServletResponse file = download("/exchange/sifa/file?year=2025&cfa=" + cfa.id());
        assertThat(file.getHeader("Content-Disposition")).contains("sifa-" + cfa.uai() + "-31-12-2025");
        String text = file.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text.split("\r\n"))
                .hasSize(2)
                .allSatisfy(line -> assertThat(line.split(";", -1)).hasSize(47));

        MockHttpServletResponse workbook = download("/exchange/sifa/workbook?year=2025&cfa=" + cfa.id());
        try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(workbook.getContentAsByteArray()))) {
            var sheet = xlsx.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("INE_RNIE");
            assertThat(sheet.getRow(0).getCell(46).getStringCellValue()).isEqualTo("SIRET_EMP");
            assertThat(sheet.getRow(1).getCell(SifaColumn.NOM.ordinal()).getStringCellValue())
                    .isEqualTo(SifaRows.name(name("Lefèvre")));
        }

        MockHttpServletResponse problems = download("/exchange/sifa?format=csv&year=2025&cfa=" + cfa.id());
        assertThat(problems.getContentAsString(StandardCharsets.UTF_8))
                .contains(name("Martin") + " Hugo;IN37;SIT_N_1;;variable obligatoire non renseignée");
    }
}
