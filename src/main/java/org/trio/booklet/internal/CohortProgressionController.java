package org.trio.booklet.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.access.Roles;
import org.trio.booklet.EvaluationLevel;
import org.trio.booklet.Evaluator;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;
import org.trio.contract.EnrolmentInfo;
import org.trio.contract.EnrolmentManagement;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.CohortInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.SiteInfo;

/**
 * The progression of a cohort: for each apprentice, the mean level of the latest evaluations by the maître and by the
 * trainer and how many competencies are mastered, as a bar chart and a table.
 */
@Controller
@PreAuthorize(Roles.STAFF)
class CohortProgressionController {

    /** One apprentice of the cohort. */
    public record Line(
            long contractId, String apprentice, String mentorMean, String trainerMean, int autonomous, int total) {}

    private final ReferentialManagement referential;
    private final EnrolmentManagement enrolments;
    private final ContractManagement contracts;
    private final BookletQueries queries;
    private final org.trio.booklet.BookletManagement booklets;
    private final Clock clock;
    private final org.trio.platform.document.TableExports exports;

    CohortProgressionController(
            ReferentialManagement referential,
            EnrolmentManagement enrolments,
            ContractManagement contracts,
            BookletQueries queries,
            org.trio.booklet.BookletManagement booklets,
            Clock clock,
            org.trio.platform.document.TableExports exports) {
        this.exports = exports;
        this.referential = referential;
        this.enrolments = enrolments;
        this.contracts = contracts;
        this.queries = queries;
        this.booklets = booklets;
        this.clock = clock;
    }

    @GetMapping("/booklet/cohorts/{cohortId}/progression")
    String progression(@PathVariable long cohortId, CurrentUser user, Model model) {
        CohortInfo cohort = cohort(cohortId, user);
        List<Line> lines = lines(cohort);
        model.addAttribute("cohort", cohort);
        model.addAttribute("lines", lines);
        model.addAttribute(
                "labels", String.join("|", lines.stream().map(Line::apprentice).toList()));
        model.addAttribute(
                "mentor", String.join(",", lines.stream().map(Line::mentorMean).toList()));
        model.addAttribute(
                "trainer",
                String.join(",", lines.stream().map(Line::trainerMean).toList()));
        return "booklet/cohort";
    }

    /** The cohort's progression table as XLSX or CSV. */
    @GetMapping(path = "/booklet/cohorts/{cohortId}/progression", params = "format")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            export(@PathVariable long cohortId, @RequestParam String format, CurrentUser user) {
        CohortInfo cohort = cohort(cohortId, user);
        org.trio.platform.document.Table<Line> table = org.trio.platform.document.Table.<Line>titled(
                        "Progression " + cohort.label())
                .text("Apprenti", Line::apprentice)
                .text("Niveau moyen (maître)", Line::mentorMean)
                .text("Niveau moyen (formateur)", Line::trainerMean)
                .integer("Compétences autonomes", Line::autonomous)
                .integer("Compétences du référentiel", Line::total)
                .rows(lines(cohort));
        return exports.respond(format, "progression-promotion-" + cohortId, table);
    }

    /** The cohort, if the user's organisation holds it. */
    private CohortInfo cohort(long cohortId, CurrentUser user) {
        CohortInfo cohort =
                referential.cohort(cohortId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        SiteInfo site = referential.site(cohort.siteId()).orElseThrow();
        boolean allowed = user.role() == Role.NETWORK_ADMIN
                ? referential
                        .cfa(site.cfaId())
                        .map(cfa -> Objects.equals(cfa.networkId(), user.networkId()))
                        .orElse(false)
                : Objects.equals(user.cfaId(), site.cfaId()) && (user.siteId() == null || user.siteId() == site.id());
        if (!allowed) {
            throw new AccessDeniedException("Promotion hors de votre organisation");
        }
        return cohort;
    }

    /** Each apprentice's mean levels and autonomous competencies, by name. */
    private List<Line> lines(CohortInfo cohort) {
        long cohortId = cohort.id();
        LocalDate today = LocalDate.now(clock);
        List<ContractInfo> followed = new ArrayList<>();
        for (EnrolmentInfo enrolment : enrolments.enrolmentsOfCohort(cohortId)) {
            List<ContractInfo> own = contracts.contractsOf(enrolment.apprenticeId());
            Optional<ContractInfo> current = own.stream()
                    .filter(contract -> contract.inForceOn(today))
                    .findFirst()
                    .or(() -> own.stream().max(Comparator.comparing(ContractInfo::startDate)));
            current.ifPresent(followed::add);
        }
        Map<Long, ApprenticeInfo> names = referential.apprentices(
                followed.stream().map(ContractInfo::apprenticeId).toList());
        Map<Long, List<BookletService.EvaluationRow>> rows =
                queries.evaluations(followed.stream().map(ContractInfo::id).toList());
        int total = (int) booklets.competencies(cohort.programmeId()).stream()
                .filter(c -> c.active())
                .count();
        List<Line> lines = new ArrayList<>();
        for (ContractInfo contract : followed) {
            List<BookletService.EvaluationRow> own = rows.getOrDefault(contract.id(), List.of());
            Map<Long, EvaluationLevel> mentor = Progression.latest(own, Evaluator.MENTOR);
            Map<Long, EvaluationLevel> trainer = Progression.latest(own, Evaluator.TRAINER);
            int autonomous = (int) mentor.keySet().stream()
                    .filter(id -> mentor.get(id) == EvaluationLevel.AUTONOMOUS
                            || trainer.get(id) == EvaluationLevel.AUTONOMOUS)
                    .count();
            ApprenticeInfo apprentice = names.get(contract.apprenticeId());
            lines.add(new Line(
                    contract.id(),
                    apprentice == null ? "" : apprentice.fullName(),
                    mean(mentor),
                    mean(trainer),
                    autonomous,
                    total));
        }
        lines.sort(Comparator.comparing(Line::apprentice));
        return lines;
    }

    private static String mean(Map<Long, EvaluationLevel> levels) {
        if (levels.isEmpty()) {
            return "";
        }
        double mean = levels.values().stream()
                .mapToInt(EvaluationLevel::score)
                .average()
                .orElse(0);
        return String.valueOf(Math.round(mean * 100) / 100.0);
    }
}
