package org.trio.attendance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trio.TrioIntegrationTest;
import org.trio.attendance.AttendanceManagement;
import org.trio.attendance.AttendanceStatus;
import org.trio.attendance.MonthlyAbsenteeism;
import org.trio.attendance.RollCallEntry;
import org.trio.attendance.SessionMode;
import org.trio.calendar.CalendarManagement;
import org.trio.contract.EnrolmentManagement;
import org.trio.referential.ReferentialManagement;
import org.trio.support.Logins;

/**
 * The reports on data with known answers: figures per programme on the cohorts page and its workbook, the cohort page's
 * share of the timetable at distance, absenteeism per cohort and month on its page and in its workbook, and the
 * attendance certificate of a period.
 */
@TrioIntegrationTest
class AttendanceReportsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AttendanceManagement attendance;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    EnrolmentManagement enrolments;

    @Autowired
    CalendarManagement calendars;

    @Autowired
    JdbcClient jdbc;

    AttendanceFixtures fixtures;
    Logins logins;

    @BeforeEach
    void fixtures() {
        fixtures = new AttendanceFixtures(referential, enrolments, calendars, attendance, jdbc);
        logins = new Logins(users);
    }

    private AttendanceFixtures.Cohort cohort(long programme, int apprentices, String label) {
        long cfa = fixtures.demoCfa();
        return fixtures.cohort(
                cfa, referential.sitesOfCfa(cfa).get(0).id(), programme, apprentices, AttendanceFixtures.MINOR, label);
    }

    /** Plans a session of 3 h 30 and takes its roll call: everyone present but the exceptions given. */
    private long taken(
            AttendanceFixtures.Cohort cohort, LocalDate day, int hour, SessionMode mode, RollCallEntry... e) {
        long session = fixtures.session(cohort.id(), day, hour, hour == 8 ? 30 : 0, mode, null);
        attendance.takeRollCall(session, List.of(e));
        return session;
    }

    private MvcResult page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(logins.as("direction@demo.trio"))).andReturn();
    }

    private XSSFWorkbook workbook(String url) throws Exception {
        MvcResult started = mvc.perform(get(url).with(logins.as("direction@demo.trio")))
                .andExpect(request().asyncStarted())
                .andReturn();
        MockHttpServletResponse response =
                mvc.perform(asyncDispatch(started)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()));
    }

    private static List<Row> rowsStartingWith(Sheet sheet, String text) {
        List<Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null
                    && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().startsWith(text)) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The text of a PDF in reading order, its spaces and line ends made single spaces. */
    private static String text(PDDocument document) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }

    private static double number(Row row, int column) {
        return row.getCell(column).getNumericCellValue();
    }

    /** The HTML of a table row, from the link to the cohort to the row's end. */
    private static String rowOf(String html, long cohort) {
        int start = html.indexOf("/attendance/cohorts/" + cohort + "\"");
        assertThat(start).as("row of cohort " + cohort).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    /** The texts of the cells of the table row whose header links to the cohort. */
    private static List<String> cells(String html, long cohort) {
        Matcher row = Pattern.compile(
                        "<a href=\"/attendance/cohorts/" + cohort + "\">[^<]*</a></th>(.*?)</tr>", Pattern.DOTALL)
                .matcher(html);
        assertThat(row.find()).as("row of cohort " + cohort).isTrue();
        Matcher cell = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row.group(1));
        List<String> texts = new ArrayList<>();
        while (cell.find()) {
            texts.add(cell.group(1).strip());
        }
        return texts;
    }

    @Test
    void sumsTheFiguresOfEachProgrammeOverItsCohortsEvenWhenTwoProgrammesShareALabel() throws Exception {
        String tag = AttendanceFixtures.tag();
        String label = "Formation " + tag;
        long programme = fixtures.programme(label);
        long namesake = fixtures.programme(label);
        AttendanceFixtures.Cohort first = cohort(programme, 1, tag + " A1");
        AttendanceFixtures.Cohort second = cohort(programme, 2, tag + " A2");
        AttendanceFixtures.Cohort other = cohort(namesake, 1, tag + " B");
        LocalDate monday = AttendanceFixtures.MONDAY;
        taken(first, monday, 8, SessionMode.IN_PERSON);
        taken(
                first,
                monday,
                13,
                SessionMode.DISTANCE,
                new RollCallEntry(first.apprentices().get(0), AttendanceStatus.ABSENT, null));
        taken(
                second,
                monday.plusDays(1),
                8,
                SessionMode.IN_PERSON,
                new RollCallEntry(second.apprentices().get(0), AttendanceStatus.LATE, 30));
        fixtures.session(second.id(), monday.plusDays(2), 8, 30, SessionMode.DISTANCE, null);
        taken(other, monday.plusDays(2), 8, SessionMode.IN_PERSON);

        MvcResult result = page(get("/attendance/cohorts").param("year", "2025").param("q", tag));

        @SuppressWarnings("unchecked")
        List<ReportController.ProgrammeFigures> programmes = (List<ReportController.ProgrammeFigures>)
                result.getModelAndView().getModel().get("programmes");
        assertThat(programmes).filteredOn(p -> p.programme().equals(label)).hasSize(2);
        ReportController.ProgrammeFigures figures =
                programmes.stream().filter(p -> p.cohorts() == 2).findFirst().orElseThrow();
        assertThat(figures.programme()).isEqualTo(label);
        assertThat(figures.timetable().plannedMinutes()).isEqualTo(4 * 210);
        assertThat(figures.timetable().distanceMinutes()).isEqualTo(2 * 210);
        assertThat(figures.summary().lines()).isEqualTo(4);
        assertThat(figures.summary().plannedMinutes()).isEqualTo(4 * 210);
        assertThat(figures.summary().realisedMinutes()).isEqualTo(210 + 0 + 180 + 210);
        assertThat(figures.summary().completionRate()).isEqualByComparingTo("0.7143");
        assertThat(figures.summary().absenteeismRate()).isEqualByComparingTo("0.2500");
        assertThat(programmes).filteredOn(p -> p.cohorts() == 1).singleElement().satisfies(p -> {
            assertThat(p.summary().plannedMinutes()).isEqualTo(210);
            assertThat(p.summary().completionRate()).isEqualByComparingTo("1");
        });
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains(">14,0 h</td>")
                .contains(">50,0 %</span>")
                .contains(">14,0</td>")
                .contains(">10,0</td>")
                .contains(">71,4 %</td>");

        try (XSSFWorkbook book = workbook("/attendance/cohorts?format=xlsx&year=2025&q=" + tag)) {
            Sheet sheet = book.getSheetAt(1);
            List<Row> rows = rowsStartingWith(sheet, label);
            assertThat(rows).hasSize(2);
            Row row = rows.stream().filter(r -> number(r, 1) == 2).findFirst().orElseThrow();
            assertThat(number(row, 2)).isEqualTo(14.0);
            assertThat(number(row, 3)).isEqualTo(0.5);
            assertThat(number(row, 4)).isEqualTo(14.0);
            assertThat(number(row, 5)).isEqualTo(10.0);
            assertThat(number(row, 6)).isEqualTo(0.7143);
            assertThat(number(row, 7)).isEqualTo(3.5);
            assertThat(number(row, 9)).isEqualTo(3.5);
            assertThat(number(row, 12)).isEqualTo(3.5);
            assertThat(number(row, 13)).isEqualTo(0.25);
            assertThat(number(row, 14)).isEqualTo(1);
            assertThat(number(row, 15)).isEqualTo(30);
            assertThat(rowsStartingWith(book.getSheetAt(0), tag)).hasSize(3);
        }
    }

    @Test
    void flagsTheCohortWhoseTimetableIsAtLeastFourFifthsAtDistance() throws Exception {
        long programme =
                referential.programmesOfNetwork(fixtures.demoNetwork()).get(0).id();
        String tag = AttendanceFixtures.tag();
        AttendanceFixtures.Cohort distance = cohort(programme, 0, tag + " distance");
        AttendanceFixtures.Cohort mixed = cohort(programme, 0, tag + " mixte");
        LocalDate monday = AttendanceFixtures.MONDAY;
        SessionMode[] modes = {
            SessionMode.DISTANCE,
            SessionMode.DISTANCE,
            SessionMode.DISTANCE,
            SessionMode.DISTANCE,
            SessionMode.IN_PERSON
        };
        for (int i = 0; i < modes.length; i++) {
            LocalDate day = monday.plusDays(i / 2);
            int hour = i % 2 == 0 ? 8 : 13;
            fixtures.session(distance.id(), day, hour, hour == 8 ? 30 : 0, modes[i], null);
            fixtures.session(
                    mixed.id(),
                    day,
                    hour,
                    hour == 8 ? 30 : 0,
                    i < 3 ? SessionMode.DISTANCE : SessionMode.IN_PERSON,
                    null);
        }

        String flagged = page(get("/attendance/cohorts/" + distance.id()))
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String notFlagged =
                page(get("/attendance/cohorts/" + mixed.id())).getResponse().getContentAsString(StandardCharsets.UTF_8);

        String warning = "Formation à distance à 80 % ou plus";
        assertThat(flagged)
                .contains(
                        "Emploi du temps de l&#39;année 2025-2026 : 17,5 h planifiées, dont 14,0 h à distance (80,0 %).")
                .contains(warning);
        assertThat(notFlagged)
                .contains(
                        "Emploi du temps de l&#39;année 2025-2026 : 17,5 h planifiées, dont 10,5 h à distance (60,0 %).")
                .doesNotContain(warning);
        String list = page(get("/attendance/cohorts").param("year", "2025").param("q", tag))
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(rowOf(list, distance.id())).contains(">80,0 %</span>").contains("≥ 80 % à distance");
        assertThat(rowOf(list, mixed.id())).contains(">60,0 %</span>").doesNotContain("≥ 80 % à distance");
    }

    @Test
    void showsAbsenteeismPerCohortAndMonthOnItsPageAndInItsWorkbook() throws Exception {
        long programme =
                referential.programmesOfNetwork(fixtures.demoNetwork()).get(0).id();
        String tag = AttendanceFixtures.tag();
        AttendanceFixtures.Cohort cohort = cohort(programme, 2, tag + " absentéisme");
        long first = cohort.apprentices().get(0);
        long second = cohort.apprentices().get(1);
        LocalDate monday = AttendanceFixtures.MONDAY;
        taken(cohort, monday, 8, SessionMode.IN_PERSON, new RollCallEntry(first, AttendanceStatus.ABSENT, null));
        taken(cohort, monday, 13, SessionMode.IN_PERSON, new RollCallEntry(second, AttendanceStatus.LATE, 60));
        taken(
                cohort,
                LocalDate.of(2025, 11, 3),
                8,
                SessionMode.IN_PERSON,
                new RollCallEntry(first, AttendanceStatus.EXCUSED, null));
        taken(
                cohort,
                LocalDate.of(2026, 1, 12),
                8,
                SessionMode.IN_PERSON,
                new RollCallEntry(first, AttendanceStatus.ABSENT, null),
                new RollCallEntry(second, AttendanceStatus.ABSENT, null));

        MvcResult result = page(get("/attendance/absenteeism").param("year", "2025"));

        @SuppressWarnings("unchecked")
        List<ReportController.CohortMonths> rows = (List<ReportController.CohortMonths>)
                result.getModelAndView().getModel().get("rows");
        List<MonthlyAbsenteeism> months = rows.stream()
                .filter(r -> r.row().cohort().id() == cohort.id())
                .findFirst()
                .orElseThrow()
                .months();
        assertThat(months)
                .extracting(MonthlyAbsenteeism::month)
                .startsWith(YearMonth.of(2025, 9))
                .hasSize(11);
        assertThat(months.get(1).summary().absenteeismRate()).isEqualByComparingTo("0.2500");
        assertThat(months.get(1).summary().unjustifiedAbsenteeismRate()).isEqualByComparingTo("0.2500");
        assertThat(months.get(2).summary().absenteeismRate()).isEqualByComparingTo("0.5000");
        assertThat(months.get(2).summary().unjustifiedAbsenteeismRate()).isEqualByComparingTo("0");
        assertThat(months.get(4).summary().absenteeismRate()).isEqualByComparingTo("1");
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(cells(html, cohort.id()))
                .containsExactly("—", "25,0 %", "50,0 %", "—", "100,0 %", "—", "—", "—", "—", "—", "—");
        assertThat(html).contains("sept. 2025").contains("juil. 2026");

        try (XSSFWorkbook book = workbook("/attendance/absenteeism?format=xlsx&year=2025")) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("sept. 2025");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("oct. 2025");
            assertThat(header.getCell(12).getStringCellValue()).isEqualTo("juil. 2026");
            Row row = rowsStartingWith(sheet, cohort.label()).get(0);
            assertThat(row.getCell(1).getStringCellValue())
                    .isEqualTo(referential.site(cohort.siteId()).orElseThrow().name());
            Cell september = row.getCell(2);
            assertThat(september == null || september.getCellType() == CellType.BLANK)
                    .isTrue();
            assertThat(number(row, 3)).isEqualTo(0.25);
            assertThat(number(row, 4)).isEqualTo(0.5);
            assertThat(number(row, 6)).isEqualTo(1.0);
            assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        }
    }

    @Test
    void issuesTheCertificateOfThePeriodAskedAsAPdfAndRecordsItInTheAuditTrail() throws Exception {
        AttendanceFixtures.Cohort cohort = fixtures.cohort(1);
        long apprentice = cohort.apprentices().get(0);
        AttendanceFixtures.SignedContract contract = fixtures.contract(
                cohort.enrolments().get(0), LocalDate.of(2025, 9, 1), mvc, logins.as("secretariat@demo.trio"));
        LocalDate monday = AttendanceFixtures.MONDAY;
        taken(cohort, monday, 8, SessionMode.IN_PERSON);
        taken(cohort, monday, 13, SessionMode.DISTANCE, new RollCallEntry(apprentice, AttendanceStatus.LATE, 30));
        taken(
                cohort,
                LocalDate.of(2025, 11, 3),
                8,
                SessionMode.IN_PERSON,
                new RollCallEntry(apprentice, AttendanceStatus.ABSENT, null));
        taken(cohort, LocalDate.of(2025, 9, 29), 8, SessionMode.IN_PERSON);

        MockHttpServletResponse october = mvc.perform(get("/attendance/apprentices/" + apprentice + "/certificate")
                        .param("from", "2025-10-01")
                        .param("to", "2025-10-31")
                        .with(logins.as("secretariat@demo.trio")))
                .andReturn()
                .getResponse();
        MockHttpServletResponse autumn = mvc.perform(get("/attendance/apprentices/" + apprentice + "/certificate")
                        .param("from", "2025-10-01")
                        .param("to", "2025-11-30")
                        .with(logins.as("secretariat@demo.trio")))
                .andReturn()
                .getResponse();

        assertThat(october.getStatus()).isEqualTo(200);
        assertThat(october.getContentType()).isEqualTo("application/pdf");
        assertThat(october.getHeader("Content-Disposition")).startsWith("inline; filename=\"attestation-assiduite-");
        try (PDDocument document = Loader.loadPDF(october.getContentAsByteArray())) {
            String text = text(document);
            assertThat(text)
                    .contains("Attestation d'assiduité")
                    .contains("apprenti(e) chez " + contract.employerName())
                    .contains("a suivi, du 01/10/2025 au 31/10/2025")
                    .contains("Heures de formation prévues 7,00 h")
                    .contains("Heures de formation réalisées 6,50 h")
                    .contains("92,9 %")
                    .contains("dont heures prévues à distance 3,50 h")
                    .contains("Absences non justifiées 0,00 h")
                    .contains("Retards 1 (30 min)");
        }
        try (PDDocument document = Loader.loadPDF(autumn.getContentAsByteArray())) {
            String text = text(document);
            assertThat(text)
                    .contains("a suivi, du 01/10/2025 au 30/11/2025")
                    .contains("Heures de formation prévues 10,50 h")
                    .contains("Heures de formation réalisées 6,50 h")
                    .contains("Absences non justifiées 3,50 h");
        }
        assertThat(jdbc.sql("select username || ' ' || details from access.audit_event where action = 'CERTIFICATE'"
                                + " and details like :d order by id")
                        .param("d", "%apprenti " + apprentice + " %")
                        .query(String.class)
                        .list())
                .containsExactly(
                        "secretariat@demo.trio Attestation d'assiduité de l'apprenti " + apprentice
                                + " du 2025-10-01 au 2025-10-31",
                        "secretariat@demo.trio Attestation d'assiduité de l'apprenti " + apprentice
                                + " du 2025-10-01 au 2025-11-30");

        MvcResult reversed = mvc.perform(get("/attendance/apprentices/" + apprentice + "/certificate")
                        .param("from", "2025-11-30")
                        .param("to", "2025-10-01")
                        .with(logins.as("secretariat@demo.trio")))
                .andReturn();
        assertThat(reversed.getResponse().getRedirectedUrl()).isEqualTo("/attendance/apprentices/" + apprentice);
        assertThat(reversed.getFlashMap().get("error"))
                .isEqualTo("Période : la date de fin doit suivre la date de début.");
        assertThat(jdbc.sql("select count(*) from access.audit_event where action = 'CERTIFICATE' and details like :d")
                        .param("d", "%apprenti " + apprentice + " %")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }
}
