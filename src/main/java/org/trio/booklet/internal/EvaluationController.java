package org.trio.booklet.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.CurrentUser;
import org.trio.access.Roles;
import org.trio.booklet.CompetencyInfo;
import org.trio.booklet.EvaluationLevel;
import org.trio.booklet.EvaluationPoint;
import org.trio.booklet.Evaluator;
import org.trio.contract.ContractInfo;
import org.trio.shared.InvalidInputException;
import org.trio.shared.Problem;

/**
 * The evaluation grid of a contract: each competency of the referential with the latest level given by the maître and
 * by the trainer, the form to evaluate (one date, a level and a comment per competency), and the progression chart.
 */
@Controller
@PreAuthorize(Roles.APPRENTICE_FILE)
class EvaluationController {

    /** One line of the grid. */
    public record GridLine(
            CompetencyInfo competency,
            EvaluationLevel mentorLevel,
            EvaluationLevel trainerLevel,
            String mentorComment,
            String trainerComment) {}

    /** A block of the grid. */
    public record GridBlock(String code, String title, List<GridLine> lines) {}

    private final BookletService booklets;
    private final BookletQueries queries;
    private final BookletAccess access;
    private final BookletViews views;
    private final Clock clock;

    EvaluationController(
            BookletService booklets, BookletQueries queries, BookletAccess access, BookletViews views, Clock clock) {
        this.booklets = booklets;
        this.queries = queries;
        this.access = access;
        this.views = views;
        this.clock = clock;
    }

    @GetMapping("/booklet/contracts/{contractId}/evaluations")
    String grid(@PathVariable long contractId, CurrentUser user, Model model) {
        ContractInfo contract = access.readable(user, contractId);
        Booklet booklet = booklets.open(contractId);
        List<BookletService.EvaluationRow> rows = queries.evaluations(contractId);
        Map<Long, EvaluationLevel> mentor = Progression.latest(rows, Evaluator.MENTOR);
        Map<Long, EvaluationLevel> trainer = Progression.latest(rows, Evaluator.TRAINER);
        Map<String, String> comments = queries.latestComments(contractId);
        Map<String, GridBlock> blocks = new LinkedHashMap<>();
        for (CompetencyInfo competency : booklets.competencies(booklet.programmeId)) {
            if (!competency.active()) {
                continue;
            }
            blocks.computeIfAbsent(
                            competency.blockCode(),
                            code -> new GridBlock(code, competency.blockTitle(), new ArrayList<>()))
                    .lines()
                    .add(new GridLine(
                            competency,
                            mentor.get(competency.id()),
                            trainer.get(competency.id()),
                            comments.get("MENTOR:" + competency.id()),
                            comments.get("TRAINER:" + competency.id())));
        }
        List<EvaluationPoint> trend = Progression.trend(rows);
        views.header(model, contract, user);
        model.addAttribute("booklet", booklet.view());
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("blocks", List.copyOf(blocks.values()));
        model.addAttribute("levels", EvaluationLevel.values());
        model.addAttribute(
                "evaluator",
                BookletService.evaluatorOf(user.role())
                        .filter(found -> access.canWrite(user, contract))
                        .orElse(null));
        model.addAttribute("canShareGrid", user.role().isStaff() && access.canWrite(user, contract));
        model.addAttribute("chart", Chart.of(trend));
        if (!model.containsAttribute("evaluatedOn")) {
            model.addAttribute("evaluatedOn", LocalDate.now(clock));
        }
        return "booklet/evaluations";
    }

    @PostMapping("/booklet/contracts/{contractId}/evaluations")
    String evaluate(
            @PathVariable long contractId,
            @RequestParam Map<String, String> parameters,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        access.writable(user, contractId);
        List<String> errors = new ArrayList<>();
        LocalDate on = null;
        try {
            String date = parameters.getOrDefault("evaluatedOn", "");
            if (date.isBlank()) {
                errors.add("booklet.evaluation.dateRequired");
            } else {
                on = LocalDate.parse(date);
            }
        } catch (DateTimeParseException e) {
            errors.add("booklet.evaluation.dateInvalid");
        }
        Map<Long, EvaluationLevel> levels = new HashMap<>();
        Map<Long, String> comments = new HashMap<>();
        try {
            for (Map.Entry<String, String> parameter : parameters.entrySet()) {
                if (parameter.getKey().startsWith("level_")
                        && !parameter.getValue().isBlank()) {
                    long competency = Long.parseLong(parameter.getKey().substring("level_".length()));
                    levels.put(competency, EvaluationLevel.valueOf(parameter.getValue()));
                }
                if (parameter.getKey().startsWith("comment_")
                        && !parameter.getValue().isBlank()) {
                    String comment = parameter.getValue().strip();
                    if (comment.length() > 2000) {
                        errors.add("booklet.evaluation.commentTooLong");
                    }
                    comments.put(Long.parseLong(parameter.getKey().substring("comment_".length())), comment);
                }
            }
        } catch (IllegalArgumentException e) {
            errors.add("booklet.evaluation.levelInvalid");
        }
        if (errors.isEmpty()) {
            try {
                int count = booklets.evaluate(user, contractId, on, levels, comments);
                redirect.addFlashAttribute("evaluated", count);
                return "redirect:/booklet/contracts/" + contractId + "/evaluations";
            } catch (InvalidInputException e) {
                e.problems().stream().map(Problem::code).forEach(errors::add);
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("evaluatedOn", on);
        return grid(contractId, user, model);
    }

    /** One month of the chart, for the table that gives the same figures as text. */
    public record ChartRow(String month, String mentor, String trainer) {}

    /** The progression chart's data, read by {@code static/js/booklet.js} from data attributes. */
    public record Chart(String labels, String mentor, String trainer, List<ChartRow> rows) {

        static Chart of(List<EvaluationPoint> trend) {
            List<String> months = trend.stream()
                    .map(point -> point.month().toString())
                    .distinct()
                    .sorted()
                    .toList();
            Map<String, Double> mentor = new HashMap<>();
            Map<String, Double> trainer = new HashMap<>();
            for (EvaluationPoint point : trend) {
                (point.evaluator() == Evaluator.MENTOR ? mentor : trainer)
                        .put(point.month().toString(), point.meanLevel());
            }
            return new Chart(
                    String.join(",", months),
                    String.join(
                            ",", months.stream().map(m -> value(mentor.get(m))).toList()),
                    String.join(
                            ",", months.stream().map(m -> value(trainer.get(m))).toList()),
                    months.stream()
                            .map(m -> new ChartRow(m, value(mentor.get(m)), value(trainer.get(m))))
                            .toList());
        }

        private static String value(Double value) {
            return value == null ? "" : String.valueOf(value);
        }

        public boolean isEmpty() {
            return labels.isEmpty();
        }
    }
}
