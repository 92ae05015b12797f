package org.trio.warning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.trio.TrioIntegrationTest;
import org.trio.contract.AnalysisPeriod;
import org.trio.contract.ContractTerminated;
import org.trio.contract.RuptureInitiative;
import org.trio.contract.RuptureLegalMode;
import org.trio.contract.TrainingRecords;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.DiplomaType;
import org.trio.referential.LegalRepresentativeInfo;
import org.trio.referential.MentorInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.StaffFunction;
import org.trio.referential.StaffInfo;
import org.trio.shared.InvalidInputException;
import org.trio.shared.Problem;
import org.trio.warning.NewSignal;
import org.trio.warning.SignalCategory;
import org.trio.warning.SignalOrigin;
import org.trio.warning.SituationClosed;
import org.trio.warning.SituationOutcome;
import org.trio.warning.SituationStage;
import org.trio.warning.WarningManagement;

/**
 * Signals and situations on apprentices of the demo CFA: routing in Trio and by e-mail, the social part kept from the
 * roles that may not read it, and a situation followed from its signal to its closure.
 */
@TrioIntegrationTest
@RecordApplicationEvents
class SituationsIntegrationTests {

    @Autowired
    WarningManagement warning;

    @Autowired
    SituationService situations;

    @Autowired
    ReferentialManagement referential;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationEvents events;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    FollowUp followUp;

    @Autowired
    TrainingRecords trainings;

    LocalDate today;
    long adcp;
    long ase;
    long cje;

    @BeforeEach
    void findsTheDemoStaff() {
        today = LocalDate.now(clock);
        adcp = staffOf("adcp@demo.trio");
        ase = staffOf("ase@demo.trio");
        cje = staffOf("cje@demo.trio");
    }

    @Test
    void opensASituationRoutesTheSignalAndJoinsTheNextOnesToIt() {
        long apprentice = apprenticeWithoutSituation();
        String adcpEmail = referential.staffMember(adcp).map(StaffInfo::email).orElseThrow();
        long mailsBefore = count("select count(*) from platform.outbound_mail where recipient = ?", adcpEmail);

        long first =
                warning.raiseSignal(signal(apprentice, SignalCategory.ABSENCES, "Trois absences en une semaine", null));
        long second = warning.raiseSignal(
                signal(apprentice, SignalCategory.COMPANY_CONFLICT, "Désaccord sur les horaires", null));

        long situation = warning.openSituationOf(apprentice).orElseThrow().id();
        assertThat(warning.openSituationOf(apprentice).orElseThrow().stage()).isEqualTo(SituationStage.NEW);
        assertThat(count(
                        "select count(*) from warning.signal where situation_id = ? and id in (?, ?)",
                        situation,
                        first,
                        second))
                .isEqualTo(2);
        assertThat(count(
                        "select count(*) from warning.notification where recipient_staff_id = ? and link = ?",
                        adcp,
                        "/warning/situations/" + situation))
                .isEqualTo(2);
        assertThat(count(
                        "select count(*) from warning.notification where recipient_staff_id = ? and link = ?",
                        staffOf("direction@demo.trio"),
                        "/warning/situations/" + situation))
                .isEqualTo(2);
        assertThat(count("select count(*) from platform.outbound_mail where recipient = ?", adcpEmail))
                .isEqualTo(mailsBefore + 2);
        assertThat(count(
                        "select count(*) from warning.risk_score where apprentice_id = ? and factors like ?",
                        apprentice,
                        "%UNJUSTIFIED_ABSENCES%"))
                .isEqualTo(1);
    }

    @Test
    void raisesASignalOnceForOneKey() {
        long apprentice = apprenticeWithoutSituation();
        long first =
                warning.raiseSignal(signal(apprentice, SignalCategory.OTHER, "Ne répond plus", "TEST:" + apprentice));
        long again =
                warning.raiseSignal(signal(apprentice, SignalCategory.OTHER, "Ne répond plus", "TEST:" + apprentice));

        assertThat(again).isEqualTo(first);
        assertThat(count("select count(*) from warning.signal where apprentice_id = ?", apprentice))
                .isEqualTo(1);
    }

    @Test
    void refusesAnEmptyOrFutureSignalNamingTheFields() {
        long apprentice = apprenticeWithoutSituation();
        NewSignal wrong = new NewSignal(
                apprentice,
                SignalCategory.PEDAGOGY,
                SignalOrigin.STAFF,
                " ",
                null,
                null,
                null,
                today.plusDays(1),
                null,
                "Test",
                null);

        assertThatThrownBy(() -> warning.raiseSignal(wrong))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::field)
                                .containsExactlyInAnyOrder("summary", "observedOn"));
        assertThat(warning.openSituationOf(apprentice)).isEmpty();
    }

    @Test
    void keepsASocialSignalFromTheRolesThatMayNotReadSocialData() throws Exception {
        long apprentice = apprenticeWithoutSituation();
        warning.raiseSignal(signal(apprentice, SignalCategory.SOCIAL, "Hébergé chez un tiers depuis un mois", null));
        long situation = warning.openSituationOf(apprentice).orElseThrow().id();
        String link = "/warning/situations/" + situation;

        assertThat(count(
                        "select count(*) from warning.notification where recipient_staff_id = ? and link = ?",
                        ase,
                        link))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from warning.notification where recipient_staff_id in (?, ?) and link = ?",
                        cje,
                        adcp,
                        link))
                .isZero();
        String asCje = page(link, "cje@demo.trio");
        assertThat(asCje).doesNotContain("Hébergé chez un tiers").contains("réservé à l&#39;ASE et à la direction");
        long restrictedReads = count(
                "select count(*) from access.audit_event where action = 'READ_RESTRICTED' and apprentice_id = ?",
                apprentice);
        assertThat(page(link, "ase@demo.trio")).contains("Hébergé chez un tiers");
        assertThat(count(
                        "select count(*) from access.audit_event where action = 'READ_RESTRICTED' and apprentice_id = ?",
                        apprentice))
                .isGreaterThan(restrictedReads);
    }

    @Test
    void followsASituationFromItsSignalToItsClosureWithAReportSentToTheTeam() {
        long apprentice = apprenticeWithoutSituation();
        warning.raiseSignal(
                signal(apprentice, SignalCategory.BEHAVIOUR, "Refuse de porter ses chaussures de sécurité", null));
        long situation = warning.openSituationOf(apprentice).orElseThrow().id();
        Actor deputy = new Actor("Adjoint pédagogique", adcp, false, false);

        situations.triage(
                situation,
                situations.view(situation).version(),
                Situation.Priority.HIGH,
                "Risque sérieux, à traiter avec l'entreprise",
                "ignored",
                deputy);
        SituationAction action = situations.decide(
                situation,
                SituationAction.Kind.COMPANY_VISIT,
                "Visiter le chantier avec le maître",
                false,
                cje,
                today.plusDays(3),
                deputy);
        assertThatThrownBy(() -> situations.close(
                        situation, situations.view(situation).version(), SituationOutcome.RESOLVED, "Réglé", deputy))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(Problem::field).containsExactly("outcome"));
        String cjeEmail = referential.staffMember(cje).map(StaffInfo::email).orElseThrow();
        long mailsBefore = count("select count(*) from platform.outbound_mail where recipient = ?", cjeEmail);
        long actionVersion = situations.view(situation).actions().get(0).version();
        situations.report(
                situation,
                action.id,
                actionVersion,
                "Visite faite : consignes rappelées, le maître est rassuré.",
                SituationAction.Result.IMPROVED,
                today,
                EnumSet.of(SituationService.ReportRecipient.TEAM),
                deputy);
        situations.close(
                situation,
                situations.view(situation).version(),
                SituationOutcome.RESOLVED,
                "Comportement rétabli après la visite",
                deputy);

        SituationView closed = situations.view(situation);
        assertThat(closed.stage()).isEqualTo(SituationStage.CLOSED);
        assertThat(closed.priority()).isEqualTo(Situation.Priority.HIGH);
        assertThat(closed.socialAssessment()).isNull();
        assertThat(closed.actions()).singleElement().satisfies(done -> {
            assertThat(done.status()).isEqualTo(SituationAction.Status.DONE);
            assertThat(done.report()).contains("consignes rappelées");
            assertThat(done.reportSentTo()).contains("équipe du CFA");
        });
        assertThat(count(
                        "select count(*) from platform.outbound_mail where recipient = ? and body like ?",
                        cjeEmail,
                        "%consignes rappelées%"))
                .isEqualTo(1);
        assertThat(count("select count(*) from platform.outbound_mail where recipient = ?", cjeEmail))
                .isGreaterThan(mailsBefore);
        assertThat(events.stream(SituationClosed.class))
                .anyMatch(event -> event.situationId() == situation && event.outcome() == SituationOutcome.RESOLVED);
        assertThat(warning.openSituationOf(apprentice)).isEmpty();
    }

    @Test
    void sendsTheReportOfAnActionToTheMaitreTheFamilyAndTheApprentice() {
        Parties parties = apprenticeWithParties();
        long apprentice = parties.apprentice();
        warning.raiseSignal(signal(apprentice, SignalCategory.BEHAVIOUR, "Insolent avec son maître", null));
        long situation = warning.openSituationOf(apprentice).orElseThrow().id();
        Actor deputy = new Actor("Adjoint pédagogique", adcp, false, false);
        situations.triage(
                situation, situations.view(situation).version(), Situation.Priority.MEDIUM, "À recadrer", null, deputy);
        SituationAction interview = situations.decide(
                situation,
                SituationAction.Kind.FAMILY_INTERVIEW,
                "Recevoir l'apprenti et sa mère",
                false,
                adcp,
                today.plusDays(3),
                deputy);
        List<String> addresses = parties.all();
        List<Long> before = addresses.stream().map(this::mailsTo).toList();

        situations.report(
                situation,
                interview.id,
                situations.view(situation).actions().get(0).version(),
                "Entretien mené avec la mère : excuses présentées au maître, suivi dans un mois.",
                SituationAction.Result.IMPROVED,
                today,
                EnumSet.of(
                        SituationService.ReportRecipient.MENTOR,
                        SituationService.ReportRecipient.FAMILY,
                        SituationService.ReportRecipient.APPRENTICE),
                deputy);

        for (int i = 0; i < addresses.size(); i++) {
            assertThat(mailsTo(addresses.get(i))).as(addresses.get(i)).isEqualTo(before.get(i) + 1);
            assertThat(count(
                            "select count(*) from platform.outbound_mail where recipient = ? and subject = ?"
                                    + " and body like ?",
                            addresses.get(i),
                            "Compte rendu : Entretien avec l'apprenti et sa famille ou ses représentants légaux — "
                                    + situations.apprenticeName(apprentice),
                            "%excuses présentées au maître%"))
                    .isEqualTo(1);
        }
        assertThat(situations.view(situation).actions()).singleElement().satisfies(done -> {
            assertThat(done.status()).isEqualTo(SituationAction.Status.DONE);
            assertThat(done.reportSentTo())
                    .isEqualTo("maître d'apprentissage, représentants légaux ("
                            + parties.family().size() + "), apprenti(e)");
        });
    }

    @Test
    void keepsTheReportOfAConfidentialActionFromTheMaitreAndTheApprentice() throws Exception {
        Parties parties = apprenticeWithParties();
        long apprentice = parties.apprentice();
        warning.raiseSignal(signal(apprentice, SignalCategory.PEDAGOGY, "Ne suit plus en cours", null));
        long situation = warning.openSituationOf(apprentice).orElseThrow().id();
        Actor social = new Actor("Assistante sociale", ase, true, true);
        Actor deputy = new Actor("Adjoint pédagogique", adcp, false, false);
        situations.triage(
                situation,
                situations.view(situation).version(),
                Situation.Priority.HIGH,
                "Décrochage",
                "Hébergé chez un oncle depuis l'expulsion de la famille",
                social);
        assertThatThrownBy(() -> situations.decide(
                        situation,
                        SituationAction.Kind.SOCIAL_WORKER,
                        "Orienter vers l'assistante sociale du département",
                        false,
                        adcp,
                        today.plusDays(5),
                        deputy))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::code)
                                .containsExactly("warning.action.confidential.forbidden"));
        SituationAction referral = situations.decide(
                situation,
                SituationAction.Kind.SOCIAL_WORKER,
                "Orienter vers l'assistante sociale du département",
                false,
                ase,
                today.plusDays(5),
                social);
        assertThat(referral.confidential)
                .as("a referral to a social worker is always confidential")
                .isTrue();
        long version = situations.view(situation).actions().get(0).version();
        String reportPath = "/warning/situations/" + situation + "/actions/" + referral.id + "/report";

        for (SituationService.ReportRecipient refused :
                List.of(SituationService.ReportRecipient.MENTOR, SituationService.ReportRecipient.APPRENTICE)) {
            assertThatThrownBy(() -> situations.report(
                            situation,
                            referral.id,
                            version,
                            "Dossier transmis",
                            SituationAction.Result.UNCHANGED,
                            today,
                            EnumSet.of(SituationService.ReportRecipient.TEAM, refused),
                            social))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems())
                                    .extracting(Problem::field, Problem::code)
                                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                            "recipients", "warning.report.recipients.confidential")));
        }
        String refusedPage = mvc.perform(post(reportPath)
                        .with(csrf())
                        .with(user(users.loadUserByUsername("ase@demo.trio")))
                        .param("report", "Dossier transmis au département")
                        .param("result", "UNCHANGED")
                        .param("doneOn", today.toString())
                        .param("recipients", "MENTOR", "APPRENTICE")
                        .param("version", String.valueOf(version)))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(refusedPage)
                .contains("Envoyer le compte rendu à : un compte rendu confidentiel ne va ni au maître"
                        + " d&#39;apprentissage ni à l&#39;apprenti.");
        assertThat(mvc.perform(get(reportPath).with(user(users.loadUserByUsername("adcp@demo.trio"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("the ADCP may not write the report of a confidential action")
                .isEqualTo(403);
        assertThat(situations.view(situation).actions().get(0).status()).isEqualTo(SituationAction.Status.PLANNED);
        long mentorMails = mailsTo(parties.mentor());
        long apprenticeMails = mailsTo(parties.own());

        situations.report(
                situation,
                referral.id,
                version,
                "Rendez-vous pris au centre médico-social le 12.",
                SituationAction.Result.IMPROVED,
                today,
                EnumSet.of(SituationService.ReportRecipient.TEAM, SituationService.ReportRecipient.FAMILY),
                social);

        assertThat(mailsTo(parties.mentor())).isEqualTo(mentorMails);
        assertThat(mailsTo(parties.own())).isEqualTo(apprenticeMails);
        assertThat(count(
                        "select count(*) from platform.outbound_mail where recipient = ? and body like ?",
                        parties.family().get(0),
                        "%centre médico-social%"))
                .isEqualTo(1);
        String link = "/warning/situations/" + situation;
        long director = staffOf("direction@demo.trio");
        assertThat(jdbc.sql("select body from warning.notification where recipient_staff_id = ? and link = ?"
                                + " and title like 'Compte rendu%'")
                        .params(director, link)
                        .query(String.class)
                        .single())
                .startsWith("Le compte rendu confidentiel d'une action de suivi social concernant")
                .doesNotContain("médico-social");
        assertThat(count(
                        "select count(*) from warning.notification where recipient_staff_id in (?, ?) and link = ?"
                                + " and title like 'Compte rendu%'",
                        adcp, cje, link))
                .isZero();
    }

    @Test
    void letsTheAseAloneWriteTheSocialAssessmentAndKeepsItFromTheOthers() throws Exception {
        long apprentice = apprenticeWithoutSituation();
        warning.raiseSignal(signal(apprentice, SignalCategory.SOCIAL, "Ne mange pas le midi", null));
        long situation = warning.openSituationOf(apprentice).orElseThrow().id();

        situations.triage(
                situation,
                situations.view(situation).version(),
                Situation.Priority.HIGH,
                "Difficultés matérielles",
                " Famille sans ressources depuis la perte d'emploi du père ",
                new Actor("Assistante sociale", ase, true, true));
        situations.triage(
                situation,
                situations.view(situation).version(),
                Situation.Priority.MEDIUM,
                "Suivi par l'ASE, rien à ajouter",
                "Texte qui ne doit pas remplacer l'évaluation sociale",
                new Actor("Adjoint pédagogique", adcp, false, false));

        SituationView view = situations.view(situation);
        assertThat(view.stage()).isEqualTo(SituationStage.IN_PROGRESS);
        assertThat(view.priority()).isEqualTo(Situation.Priority.MEDIUM);
        assertThat(view.socialAssessment()).isEqualTo("Famille sans ressources depuis la perte d'emploi du père");
        assertThat(count("select count(*) from warning.signal where situation_id = ? and not acknowledged", situation))
                .isZero();
        assertThat(page("/warning/situations/" + situation, "ase@demo.trio"))
                .contains("Famille sans ressources depuis la perte d&#39;emploi");
        assertThat(page("/warning/situations/" + situation, "cje@demo.trio"))
                .contains("Suivi par l&#39;ASE")
                .doesNotContain("Famille sans ressources");
    }

    @Test
    void closesASituationWithARuptureOrAReorientationCancellingTheActionsStillPlanned() {
        for (SituationOutcome outcome : List.of(SituationOutcome.RUPTURE, SituationOutcome.REORIENTATION)) {
            long apprentice = apprenticeWithoutSituation();
            warning.raiseSignal(signal(apprentice, SignalCategory.ORIENTATION, "Veut changer de métier", null));
            long situation = warning.openSituationOf(apprentice).orElseThrow().id();
            Actor deputy = new Actor("Adjoint pédagogique", adcp, false, false);
            situations.triage(
                    situation, situations.view(situation).version(), Situation.Priority.LOW, "À suivre", null, deputy);
            situations.decide(
                    situation,
                    SituationAction.Kind.MISSION_LOCALE,
                    "Orienter vers la mission locale",
                    false,
                    cje,
                    today.plusDays(10),
                    deputy);

            situations.close(
                    situation,
                    situations.view(situation).version(),
                    outcome,
                    "Issue : " + outcome.name().toLowerCase(java.util.Locale.ROOT),
                    deputy);

            SituationView closed = situations.view(situation);
            assertThat(closed.stage()).isEqualTo(SituationStage.CLOSED);
            assertThat(closed.outcome()).isEqualTo(outcome);
            assertThat(closed.actions())
                    .singleElement()
                    .extracting(SituationView.Action::status)
                    .isEqualTo(SituationAction.Status.CANCELLED);
            assertThat(jdbc.sql("select closed_on || '|' || closed_by from warning.situation where id = ?")
                            .param(situation)
                            .query(String.class)
                            .single())
                    .isEqualTo(today + "|Adjoint pédagogique");
            assertThat(events.stream(SituationClosed.class))
                    .anyMatch(event -> event.situationId() == situation
                            && event.outcome() == outcome
                            && event.closedOn().equals(today));
            assertThat(count(
                            "select count(*) from warning.notification where recipient_staff_id = ? and link = ?"
                                    + " and title like 'Situation close%'",
                            staffOf("direction@demo.trio"), "/warning/situations/" + situation))
                    .isEqualTo(1);
            assertThat(warning.openSituationOf(apprentice)).isEmpty();
            warning.raiseSignal(signal(apprentice, SignalCategory.ORIENTATION, "De nouveau en difficulté", null));
            assertThat(warning.openSituationOf(apprentice).orElseThrow()).satisfies(next -> {
                assertThat(next.id()).isNotEqualTo(situation);
                assertThat(next.stage()).isEqualTo(SituationStage.NEW);
            });
        }
    }

    @Test
    void tellsTheTeamFollowingAnOpenSituationThatTheContractWasBroken() {
        WarningNetwork network = new WarningNetwork(referential, trainings);
        long deputy = network.staff(StaffFunction.DEPUTY_PEDAGOGY);
        long social = network.staff(StaffFunction.DEPUTY_SOCIAL);
        long advisor = network.staff(StaffFunction.PLACEMENT_ADVISOR);
        long director = network.staff(StaffFunction.DIRECTOR);
        long secretariat = network.staff(StaffFunction.SECRETARIAT);
        WarningFixtures fixtures = new WarningFixtures(followUp, network.network, network.cfa);
        LocalDate start = today.minusMonths(5);
        FollowUp.Enrolment followed = fixtures.enrolment(DiplomaType.CAP, 1, "01", start, start.plusYears(2));
        FollowUp.Contract contract = fixtures.contract(followed, start, start.plusYears(2), null);
        FollowUp.Enrolment quiet = fixtures.enrolment(DiplomaType.CAP, 1, "01", start, start.plusYears(2));
        FollowUp.Contract quietContract = fixtures.contract(quiet, start, start.plusYears(2), null);
        warning.raiseSignal(
                signal(followed.apprenticeId(), SignalCategory.COMPANY_CONFLICT, "Dispute au travail", null));
        long situation =
                warning.openSituationOf(followed.apprenticeId()).orElseThrow().id();
        LocalDate rupture = today.minusDays(1);

        terminate(contract, rupture);
        terminate(quietContract, rupture);

        String title = "Contrat rompu — #" + followed.apprenticeId();
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() -> count("select count(*) from warning.notification where title = ?", title) == 4
                        && rupture.equals(followUp.contract(quietContract.contractId())
                                .orElseThrow()
                                .ruptureDate()));
        assertThat(jdbc.sql("select recipient_staff_id from warning.notification where title = ? and link = ?")
                        .params(title, "/warning/situations/" + situation)
                        .query(Long.class)
                        .list())
                .containsExactlyInAnyOrder(deputy, social, advisor, director)
                .doesNotContain(secretariat);
        assertThat(jdbc.sql("select body from warning.notification where title = ? and recipient_staff_id = ?")
                        .params(title, director)
                        .query(String.class)
                        .single())
                .contains("rompu le " + rupture.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(count(
                        "select count(*) from warning.notification where title like 'Contrat rompu%' and apprentice_id = ?",
                        quiet.apprenticeId()))
                .as("no situation, nobody to tell")
                .isZero();
        assertThat(warning.openSituationOf(followed.apprenticeId()))
                .as("a rupture is an outcome a person records")
                .isPresent();
    }

    private void terminate(FollowUp.Contract contract, LocalDate rupture) {
        transactions.executeWithoutResult(status -> publisher.publishEvent(new ContractTerminated(
                contract.contractId(),
                contract.apprenticeId(),
                contract.enrolmentId(),
                contract.employerId(),
                rupture,
                RuptureInitiative.EMPLOYER,
                RuptureLegalMode.MUTUAL_AGREEMENT,
                "Mésentente",
                "Problèmes relationnels avec l'entreprise ou le CFA",
                AnalysisPeriod.INTERMEDIATE,
                true,
                rupture.plusMonths(6))));
    }

    /** An apprentice and the addresses a report may go to: their maître's, their legal representatives', their own. */
    record Parties(long apprentice, String mentor, List<String> family, String own) {

        List<String> all() {
            List<String> all = new java.util.ArrayList<>(List.of(mentor, own));
            all.addAll(family);
            return all;
        }
    }

    /** An apprentice of the demo CFA without situation whose maître, legal representatives and self have an e-mail. */
    private Parties apprenticeWithParties() {
        List<Long> candidates =
                jdbc.sql("""
                        select e.apprentice_id from warning.followed_enrolment e
                        where e.cfa_id = (select cfa_id from access.account where username = 'direction@demo.trio')
                          and e.training_start <= :day and e.training_end >= :day and e.exclusion_date is null
                          and e.tutor_staff_id <> (select person_id from access.account where username = 'formateur@demo.trio')
                          and not exists (select 1 from warning.situation s where s.apprentice_id = e.apprentice_id)
                        order by e.apprentice_id
                        """).param("day", today).query(Long.class).list();
        for (long candidate : candidates) {
            String mentor = followUp.contractOn(candidate, today)
                    .map(FollowUp.Contract::mentorId)
                    .flatMap(referential::mentor)
                    .map(MentorInfo::email)
                    .orElse(null);
            List<String> family = referential.legalRepresentatives(candidate).stream()
                    .map(LegalRepresentativeInfo::email)
                    .filter(email -> email != null && !email.isBlank())
                    .toList();
            String own =
                    referential.apprentice(candidate).map(ApprenticeInfo::email).orElse(null);
            if (mentor != null && !mentor.isBlank() && !family.isEmpty() && own != null && !own.isBlank()) {
                return new Parties(candidate, mentor, family, own);
            }
        }
        throw new AssertionError("no apprentice of the demo CFA with a maître, a family and an e-mail address");
    }

    private long mailsTo(String address) {
        return count("select count(*) from platform.outbound_mail where recipient = ?", address);
    }

    private NewSignal signal(long apprentice, SignalCategory category, String summary, String key) {
        return new NewSignal(
                apprentice,
                category,
                SignalOrigin.TRAINER,
                summary,
                null,
                null,
                null,
                today,
                key,
                "Formateur test",
                null);
    }

    /** An apprentice of the demo CFA in training today, without a situation, whom the demo trainer does not tutor. */
    private long apprenticeWithoutSituation() {
        return jdbc.sql("""
                        select min(e.apprentice_id) from warning.followed_enrolment e
                        where e.cfa_id = (select cfa_id from access.account where username = 'direction@demo.trio')
                          and e.training_start <= :day and e.training_end >= :day and e.exclusion_date is null
                          and e.tutor_staff_id <> (select person_id from access.account where username = 'formateur@demo.trio')
                          and not exists (select 1 from warning.situation s where s.apprentice_id = e.apprentice_id)
                        """).param("day", today).query(Long.class).single();
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(username))))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long staffOf(String username) {
        return jdbc.sql("select person_id from access.account where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
