package org.trio.booklet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.trio.TrioIntegrationTest;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.access.internal.TrioUserDetails;
import org.trio.calendar.CalendarManagement;
import org.trio.calendar.CompanyStay;
import org.trio.support.CompanyWeeks;

@TrioIntegrationTest
class BookletIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CalendarManagement calendars;

    @Autowired
    BookletManagement booklets;

    @Autowired
    Clock clock;

    private UserDetails account(String username) {
        return users.loadUserByUsername(username);
    }

    private long demoContract() {
        return jdbc.sql("select min(id) from contract.apprenticeship_contract where apprentice_id = (select person_id"
                        + " from access.account where username = 'apprenti@demo.trio')")
                .query(Long.class)
                .single();
    }

    @Test
    void offersTheApprenticeTheMaitreAndTheTrainerToSignalADifficultyToTheCfaFromTheLivret() throws Exception {
        long contract = demoContract();
        long apprentice = jdbc.sql("select apprentice_id from contract.apprenticeship_contract where id = ?")
                .param(contract)
                .query(Long.class)
                .single();
        Long tutor = jdbc.sql(
                        "select e.tutor_staff_id from contract.enrolment e join contract.apprenticeship_contract c"
                                + " on c.enrolment_id = e.id where c.id = ?")
                .param(contract)
                .query(Long.class)
                .single();
        assertThat(tutor).as("the demo apprentice's referent trainer").isNotNull();
        String link = "href=\"/warning/apprentices/" + apprentice + "/signals/new\"";

        for (RequestPostProcessor reader : List.of(
                user(account("apprenti@demo.trio")), user(account("maitre@demo.trio")), as(Role.TUTOR, tutor))) {
            assertThat(livret(contract, reader)).contains(link).contains("Signaler une difficulté");
        }
        assertThat(livret(contract, user(account("secretariat@demo.trio"))))
                .as("the staff have the early warning's own pages")
                .doesNotContain(link);

        String form = mvc.perform(get("/warning/apprentices/" + apprentice + "/signals/new")
                        .with(user(account("maitre@demo.trio"))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form)
                .contains("action=\"/warning/apprentices/" + apprentice + "/signals/new\"")
                .contains("name=\"summary\"");
    }

    @Test
    void opensTheLivretToItsMaitreWhateverTheMaitresId() throws Exception {
        record Followed(long contract, long apprentice, long mentor) {}
        Followed followed = jdbc.sql("select id as contract, apprentice_id as apprentice, mentor1_id as mentor"
                        + " from contract.apprenticeship_contract"
                        + " where mentor1_id > 127 and rupture_date is null and start_date <= current_date"
                        + " and end_date > current_date order by id limit 1")
                .query(Followed.class)
                .single();

        String page = livret(followed.contract(), as(Role.MENTOR, followed.mentor()));

        assertThat(page).contains("href=\"/warning/apprentices/" + followed.apprentice() + "/signals/new\"");
    }

    private RequestPostProcessor as(Role role, long personId) {
        return user(new TrioUserDetails(
                new CurrentUser(
                        -1, "livret-" + personId + "@test.trio", "Lecteur d'essai", role, null, null, null, personId),
                "",
                true,
                false));
    }

    private String livret(long contract, RequestPostProcessor reader) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get("/booklet/contracts/" + contract).with(reader))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void letsTheApprenticeFillAPeriodReturnThatTheMaitreReadsAndAnswers() throws Exception {
        long contract = demoContract();
        CompanyStay stay = CompanyWeeks.freshStay(jdbc, calendars, contract, LocalDate.now(clock), 3);
        LocalDate monday = stay.start();
        LocalDate sunday = stay.end();

        String page = mvc.perform(get("/booklet/contracts/" + contract).with(user(account("apprenti@demo.trio"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Retour de période en entreprise");

        MockMultipartFile photo = new MockMultipartFile(
                "files", "chantier.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10});
        String redirect = mvc.perform(multipart("/booklet/contracts/" + contract + "/returns")
                        .file(photo)
                        .with(csrf())
                        .with(user(account("apprenti@demo.trio")))
                        .param("periodStart", monday.toString())
                        .param("periodEnd", sunday.toString())
                        .param("activities", "Pose de lavabos au 3e étage")
                        .param("difficulties", "Trajets longs"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(redirect).startsWith("/booklet/contracts/" + contract + "#entree-");
        long entry = Long.parseLong(redirect.substring(redirect.indexOf("#entree-") + 8));
        assertThat(booklets.periodReturnsWritten(contract)).contains(sunday);
        assertThat(jdbc.sql("select file_name from booklet.attachment where entry_id = ?")
                        .param(entry)
                        .query(String.class)
                        .list())
                .containsExactly("chantier.png");

        String duplicate = mvc.perform(multipart("/booklet/contracts/" + contract + "/returns")
                        .with(csrf())
                        .with(user(account("apprenti@demo.trio")))
                        .param("periodStart", monday.toString())
                        .param("periodEnd", monday.plusDays(2).toString())
                        .param("activities", "Encore"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(duplicate).contains("Début de la période : un retour existe déjà");

        String mentorPage = mvc.perform(get("/booklet/contracts/" + contract).with(user(account("maitre@demo.trio"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(mentorPage).contains("Pose de lavabos au 3e étage").contains("chantier.png");
        assertThat(jdbc.sql("select count(*) from booklet.read_receipt where entry_id = ? and reader_role = 'MENTOR'")
                        .param(entry)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        String replied = mvc.perform(post("/booklet/entries/" + entry + "/replies")
                        .with(csrf())
                        .with(user(account("maitre@demo.trio")))
                        .param("body", "Bon travail, pense aux joints."))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(replied).contains("#entree-");
        assertThat(jdbc.sql("select count(*) from booklet.notification where recipient_role = 'APPRENTICE'"
                                + " and message like '%a répondu dans le livret'")
                        .query(Integer.class)
                        .single())
                .isPositive();
        assertThat(booklets.lastActivity(contract)).isPresent();
    }

    @Test
    void refusesAFileThatIsNotADocumentAndSavesNothing() throws Exception {
        long contract = demoContract();
        long before =
                jdbc.sql("select count(*) from booklet.entry").query(Long.class).single();
        MockMultipartFile exe = new MockMultipartFile(
                "files", "virus.exe", "application/octet-stream", "MZ....".getBytes(StandardCharsets.US_ASCII));
        String page = mvc.perform(multipart("/booklet/contracts/" + contract + "/notes")
                        .file(exe)
                        .with(csrf())
                        .with(user(account("maitre@demo.trio")))
                        .param("body", "Voici le planning"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Pièces jointes : le fichier « virus.exe » n&#39;est pas d&#39;un type accepté");
        assertThat(jdbc.sql("select count(*) from booklet.entry")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void importsACompetencyReferentialAndNamesTheCellOfAnError() throws Exception {
        long programme = jdbc.sql("select max(id) from referential.programme where network_id = (select network_id"
                        + " from access.account where username = 'responsable.formation@demo.trio')")
                .query(Long.class)
                .single();
        MockMultipartFile bad = new MockMultipartFile(
                "file",
                "ref.csv",
                "text/csv",
                "Code bloc;Bloc;Code compétence;Compétence\nB1;Préparer;C1;\n".getBytes(StandardCharsets.UTF_8));
        String error = mvc.perform(multipart("/booklet/programmes/" + programme + "/competencies")
                        .file(bad)
                        .with(csrf())
                        .with(user(account("responsable.formation@demo.trio"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(error).contains("cellule D2 : l&#39;intitulé de la compétence est obligatoire.");

        MockMultipartFile good = new MockMultipartFile(
                "file",
                "ref.csv",
                "text/csv",
                "Code bloc;Bloc;Code compétence;Compétence\nB1;Préparer;C1;Lire un plan\nB2;Réaliser;C2;Poser\n"
                        .getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/booklet/programmes/" + programme + "/competencies")
                .file(good)
                .with(csrf())
                .with(user(account("responsable.formation@demo.trio"))));
        assertThat(booklets.competencies(programme))
                .filteredOn(CompetencyInfo::active)
                .extracting(CompetencyInfo::code)
                .containsExactly("C1", "C2");
    }
}
