package org.trio.attendance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.trio.TrioIntegrationTest;
import org.trio.attendance.AttendanceManagement;
import org.trio.attendance.NewSession;
import org.trio.attendance.SessionInfo;
import org.trio.attendance.SessionMode;
import org.trio.attendance.TimetableHours;
import org.trio.calendar.CalendarManagement;
import org.trio.contract.EnrolmentManagement;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.DateRange;
import org.trio.support.Logins;

/**
 * Imports of a cohort's timetable from CSV, XLSX (built here with POI) and iCalendar files: the sessions created with
 * their hours, trainer, room and mode; nothing saved when a line is wrong, each error naming its line and column;
 * sessions already there skipped so that a file can be imported again.
 */
@TrioIntegrationTest
class TimetableImportIntegrationTests {

    private static final DateRange YEAR = new DateRange(LocalDate.of(2025, 8, 1), LocalDate.of(2026, 7, 31));

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
    TimetableImport imports;

    @Autowired
    JdbcClient jdbc;

    AttendanceFixtures fixtures;
    Logins logins;
    AttendanceFixtures.Cohort cohort;
    AttendanceFixtures.StaffMember trainer;

    @BeforeEach
    void aCohortAndATrainer() {
        fixtures = new AttendanceFixtures(referential, enrolments, calendars, attendance, jdbc);
        logins = new Logins(users);
        cohort = fixtures.cohort(0);
        trainer = fixtures.trainer(cohort.cfaId());
    }

    private MvcResult upload(String fileName, byte[] content, Long defaultTrainer) throws Exception {
        var request = multipart("/attendance/cohorts/" + cohort.id() + "/timetable/import")
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .with(logins.as("secretariat@demo.trio"))
                .with(csrf());
        if (defaultTrainer != null) {
            request.param("trainer", String.valueOf(defaultTrainer));
        }
        return mvc.perform(request).andReturn();
    }

    private List<SessionInfo> sessions() {
        return attendance.sessionsOfCohort(cohort.id(), YEAR);
    }

    private List<String> sources() {
        return jdbc.sql("select source from attendance.timetable_session where cohort_id = :c order by day, start_time")
                .param("c", cohort.id())
                .query(String.class)
                .list();
    }

    private static byte[] csv(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void importsACsvFileThroughThePageWithHoursTrainerRoomAndModeThenSkipsItsSessionsTheSecondTime() throws Exception {
        long otherTrainer = fixtures.trainer(cohort.cfaId()).id();
        byte[] file = csv(
                "Date;Début;Fin;Matière;Formateur;Salle;Modalité",
                "06/10/2025;08:30;12:00;Mathématiques;" + trainer.email().toUpperCase() + ";B12;présentiel",
                "06/10/2025;13h00;16h30;Anglais;" + trainer.firstName() + " " + trainer.lastName() + ";;Distanciel",
                "2025-10-07;8:30;12:00;Histoire;;Atelier 2;");

        MvcResult result = upload("emploi du temps.csv", file, otherTrainer);

        assertThat(result.getResponse().getRedirectedUrl())
                .isEqualTo("/attendance/cohorts/" + cohort.id() + "/timetable");
        assertThat(result.getFlashMap().get("notice"))
                .isEqualTo("3 séance(s) importée(s), 0 déjà présente(s) ignorée(s).");
        assertThat(sessions())
                .extracting(
                        SessionInfo::day,
                        SessionInfo::start,
                        SessionInfo::end,
                        SessionInfo::subject,
                        SessionInfo::trainerStaffId,
                        SessionInfo::room,
                        SessionInfo::mode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                AttendanceFixtures.MONDAY,
                                LocalTime.of(8, 30),
                                LocalTime.of(12, 0),
                                "Mathématiques",
                                trainer.id(),
                                "B12",
                                SessionMode.IN_PERSON),
                        org.assertj.core.groups.Tuple.tuple(
                                AttendanceFixtures.MONDAY,
                                LocalTime.of(13, 0),
                                LocalTime.of(16, 30),
                                "Anglais",
                                trainer.id(),
                                null,
                                SessionMode.DISTANCE),
                        org.assertj.core.groups.Tuple.tuple(
                                AttendanceFixtures.MONDAY.plusDays(1),
                                LocalTime.of(8, 30),
                                LocalTime.of(12, 0),
                                "Histoire",
                                otherTrainer,
                                "Atelier 2",
                                SessionMode.IN_PERSON));
        assertThat(sources()).containsOnly("CSV");
        TimetableHours hours = attendance.timetableHours(cohort.id(), YEAR);
        assertThat(hours.plannedMinutes()).isEqualTo(3 * 210);
        assertThat(hours.distanceMinutes()).isEqualTo(210);
        assertThat(jdbc.sql("select count(*) from access.audit_event where action = 'IMPORT' and details like :d")
                        .param("d", "%" + cohort.label() + " : 3 séances importées de « emploi du temps.csv »")
                        .query(Long.class)
                        .single())
                .isOne();

        MvcResult again = upload("emploi du temps.csv", file, otherTrainer);

        assertThat(again.getFlashMap().get("notice"))
                .isEqualTo("0 séance(s) importée(s), 3 déjà présente(s) ignorée(s).");
        assertThat(sessions()).hasSize(3);
    }

    @Test
    void importsAnExcelWorkbookWithDateAndTimeCellsAndHeadersWrittenOtherwise() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Planning");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle time = book.createCellStyle();
            time.setDataFormat(book.createDataFormat().getFormat("hh:mm"));
            String[] header = {"JOUR", "Heure de début", "Heure de fin", "Module", "Intervenant", "Lieu", "Mode"};
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            Object[][] lines = {
                {LocalDate.of(2025, 10, 8), 8.5, 12.0, "Sciences", trainer.email(), "Labo 1", "Présentiel"},
                {LocalDate.of(2025, 10, 8), 13.0, 15.25, "Sport", "", "", "FAD"},
                {LocalDate.of(2025, 10, 14), 9.0, 11.0, "Rattrapage", trainer.lastName() + " Inès", "", ""}
            };
            for (int r = 0; r < lines.length; r++) {
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue((LocalDate) lines[r][0]);
                row.getCell(0).setCellStyle(date);
                row.createCell(1).setCellValue((double) lines[r][1] / 24);
                row.getCell(1).setCellStyle(time);
                row.createCell(2).setCellValue((double) lines[r][2] / 24);
                row.getCell(2).setCellStyle(time);
                for (int c = 3; c < 7; c++) {
                    if (!((String) lines[r][c]).isEmpty()) {
                        row.createCell(c).setCellValue((String) lines[r][c]);
                    }
                }
            }
            book.write(out);
            workbook = out.toByteArray();
        }

        TimetableImport.Result result = imports.importFile(cohort.id(), workbook, "planning.xlsx", null);

        assertThat(result.errors()).isEmpty();
        assertThat(result.created()).isEqualTo(3);
        assertThat(result.warnings()).extracting(p -> p.code()).containsExactly("attendance.warning.not_a_cfa_day");
        assertThat(sessions())
                .extracting(
                        SessionInfo::day,
                        SessionInfo::start,
                        SessionInfo::end,
                        SessionInfo::subject,
                        SessionInfo::trainerStaffId,
                        SessionInfo::room,
                        SessionInfo::mode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.of(2025, 10, 8),
                                LocalTime.of(8, 30),
                                LocalTime.of(12, 0),
                                "Sciences",
                                trainer.id(),
                                "Labo 1",
                                SessionMode.IN_PERSON),
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.of(2025, 10, 8),
                                LocalTime.of(13, 0),
                                LocalTime.of(15, 15),
                                "Sport",
                                null,
                                null,
                                SessionMode.DISTANCE),
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.of(2025, 10, 14),
                                LocalTime.of(9, 0),
                                LocalTime.of(11, 0),
                                "Rattrapage",
                                trainer.id(),
                                null,
                                SessionMode.IN_PERSON));
        assertThat(attendance.timetableHours(cohort.id(), YEAR).plannedMinutes())
                .isEqualTo(210 + 135 + 120);
    }

    @Test
    void importsAnICalendarFileWithTheTrainerFromTheOrganizerAndDistanceFromALinkOrAKeyword() throws Exception {
        String calendar = String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Planning//Test//FR",
                "BEGIN:VEVENT",
                "UID:cours-1@planning",
                "DTSTAMP:20250901T000000Z",
                "DTSTART;TZID=Europe/Paris:20251006T083000",
                "DTEND;TZID=Europe/Paris:20251006T120000",
                "SUMMARY:Anglais",
                "LOCATION:Salle C3",
                "ORGANIZER;CN=Formatrice:mailto:" + trainer.email().toUpperCase(),
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:cours-2@planning",
                "DTSTAMP:20250901T000000Z",
                "DTSTART:20251006T110000Z",
                "DTEND:20251006T143000Z",
                "SUMMARY:Gestion",
                "LOCATION:Rejoindre : https://zoom.us/j/123456",
                "ATTENDEE;CN=Formatrice:mailto:" + trainer.email(),
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:cours-3@planning",
                "DTSTAMP:20250901T000000Z",
                "DTSTART;TZID=Europe/Paris:20251007T083000",
                "DTEND;TZID=Europe/Paris:20251007T120000",
                "RRULE:FREQ=WEEKLY;COUNT=2",
                "SUMMARY:Économie",
                "LOCATION:Salle B1",
                "CATEGORIES:Visio",
                "END:VEVENT",
                "END:VCALENDAR",
                "");
        byte[] file = calendar.getBytes(StandardCharsets.UTF_8);

        MvcResult result = upload("planning.ics", file, null);

        assertThat(result.getFlashMap().get("notice"))
                .isEqualTo("4 séance(s) importée(s), 0 déjà présente(s) ignorée(s).");
        assertThat(result.getFlashMap().get("warnings"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly("Attention : le mardi 14 octobre 2025 n'est pas un jour au CFA dans le calendrier"
                        + " d'alternance de la promotion.");
        assertThat(sessions())
                .extracting(
                        SessionInfo::day,
                        SessionInfo::start,
                        SessionInfo::end,
                        SessionInfo::subject,
                        SessionInfo::trainerStaffId,
                        SessionInfo::room,
                        SessionInfo::mode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                AttendanceFixtures.MONDAY,
                                LocalTime.of(8, 30),
                                LocalTime.of(12, 0),
                                "Anglais",
                                trainer.id(),
                                "Salle C3",
                                SessionMode.IN_PERSON),
                        org.assertj.core.groups.Tuple.tuple(
                                AttendanceFixtures.MONDAY,
                                LocalTime.of(13, 0),
                                LocalTime.of(16, 30),
                                "Gestion",
                                trainer.id(),
                                null,
                                SessionMode.DISTANCE),
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.of(2025, 10, 7),
                                LocalTime.of(8, 30),
                                LocalTime.of(12, 0),
                                "Économie",
                                null,
                                null,
                                SessionMode.DISTANCE),
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.of(2025, 10, 14),
                                LocalTime.of(8, 30),
                                LocalTime.of(12, 0),
                                "Économie",
                                null,
                                null,
                                SessionMode.DISTANCE));
        assertThat(sources()).containsOnly("ICS");
        assertThat(jdbc.sql("select external_ref from attendance.timetable_session where cohort_id = :c"
                                + " order by day, start_time")
                        .param("c", cohort.id())
                        .query(String.class)
                        .list())
                .containsExactly(
                        "cours-1@planning@2025-10-06T08:30",
                        "cours-2@planning@2025-10-06T13:00",
                        "cours-3@planning@2025-10-07T08:30",
                        "cours-3@planning@2025-10-14T08:30");
        TimetableHours hours = attendance.timetableHours(cohort.id(), YEAR);
        assertThat(hours.distanceMinutes()).isEqualTo(3 * 210);
        assertThat(hours.distanceShare()).isEqualByComparingTo("0.7500");

        MvcResult again = upload("planning.ics", file, null);

        assertThat(again.getFlashMap().get("notice"))
                .isEqualTo("0 séance(s) importée(s), 4 déjà présente(s) ignorée(s).");
        assertThat(sessions()).hasSize(4);
    }

    @Test
    void savesNothingWhenALineIsWrongAndNamesTheLineAndColumnOfEachError() throws Exception {
        attendance.planSession(
                cohort.id(),
                new NewSession(
                        AttendanceFixtures.MONDAY,
                        LocalTime.of(8, 30),
                        LocalTime.of(12, 0),
                        "Déjà là",
                        null,
                        null,
                        SessionMode.IN_PERSON));
        byte[] file = csv(
                "Date;Début;Fin;Matière;Formateur;Salle;Modalité",
                "06/10/2025;08:30;12:00;Déjà là;;;",
                "06/10/2025;13:00;25:00;Anglais;;;",
                "07/10/2025;10:00;09:00;Histoire;;;",
                "08/10/2025;08:30;12:00;Sport;Personne Inconnue;;",
                "08/10/2025;13:00;15:00;Chant;;;hybride",
                "09/10/2025;08:30;12:00;Dessin;;;",
                "09/10/2025;10:00;11:00;Peinture;;;",
                "06/10/2025;11:00;12:30;Chevauchement;;;",
                "10/10/2025;08:30;12:00;Valide;;;");

        MvcResult result = upload("faux.csv", file, null);

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Rien n&#39;a été importé : corrigez le fichier puis importez-le de nouveau.")
                .contains("Feuille « faux.csv », cellule C3 : « 25:00 » n&#39;est pas une heure (attendu 08:30)");
        assertThat(result.getModelAndView().getModel().get("errors"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly(
                        "Feuille « faux.csv », cellule C3 : « 25:00 » n'est pas une heure (attendu 08:30)",
                        "Feuille « faux.csv », cellule E5 : le formateur « Personne Inconnue » n'est ni une adresse"
                                + " e-mail ni le nom d'un formateur du CFA",
                        "Feuille « faux.csv », cellule G6 : « hybride » n'est pas une modalité (attendu présentiel ou"
                                + " distanciel)",
                        "Ligne 4 : Fin : l'heure de fin doit suivre l'heure de début.",
                        "Ligne 8 : Début : la séance chevauche une autre séance du même fichier (Ligne 7).",
                        "Ligne 9 : Début : la séance chevauche « Déjà là » de 08:30 à 12:00 le même jour.");
        assertThat(sessions()).extracting(SessionInfo::subject).containsExactly("Déjà là");
    }

    @Test
    void namesALineBeyondTheThousandthAsATextEditorNumbersIt() {
        StringBuilder file = new StringBuilder("Date;Début;Fin;Matière\r\n06/10/2025;08:30;12:00;Valide\r\n");
        file.append("\r\n".repeat(1002));
        file.append("04/01/2027;08:30;12:00;Trop tard\r\n");

        TimetableImport.Result result =
                imports.importFile(cohort.id(), file.toString().getBytes(StandardCharsets.UTF_8), "long.csv", null);

        assertThat(result.errors())
                .containsExactly("Ligne 1005 : Date : en dehors de l'année scolaire 2025-2026 de la promotion.");
        assertThat(sessions()).isEmpty();
    }

    @Test
    void refusesAFileWithoutTheRequiredColumnsOrWithoutAnySession() {
        TimetableImport.Result missing =
                imports.importFile(cohort.id(), csv("Jour;Matière", "06/10/2025;Maths"), "colonnes.csv", null);
        TimetableImport.Result empty = imports.importFile(
                cohort.id(),
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//FR\r\nEND:VCALENDAR\r\n"
                        .getBytes(StandardCharsets.UTF_8),
                "vide.ics",
                null);

        assertThat(missing.errors())
                .containsExactly(
                        "La colonne « Début » est absente de la première ligne du fichier.",
                        "La colonne « Fin » est absente de la première ligne du fichier.");
        assertThat(empty.errors()).containsExactly("Le fichier ne contient aucune séance.");
        assertThat(sessions()).isEmpty();
    }
}
