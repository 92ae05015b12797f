package org.trio.booklet.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.trio.access.CurrentUser;
import org.trio.access.Roles;
import org.trio.booklet.CompetencyInfo;
import org.trio.booklet.EvaluationLevel;
import org.trio.booklet.Evaluator;
import org.trio.contract.ContractInfo;
import org.trio.platform.pdf.PdfRenderer;

/** The livret as a PDF: the trio, the missions, the timeline in date order and the latest evaluation grid. */
@Controller
@PreAuthorize(Roles.APPRENTICE_FILE)
class BookletPdfController {

    private final BookletService booklets;
    private final BookletQueries queries;
    private final BookletAccess access;
    private final BookletViews views;
    private final PdfRenderer pdfs;
    private final Clock clock;

    BookletPdfController(
            BookletService booklets,
            BookletQueries queries,
            BookletAccess access,
            BookletViews views,
            PdfRenderer pdfs,
            Clock clock) {
        this.booklets = booklets;
        this.queries = queries;
        this.access = access;
        this.views = views;
        this.pdfs = pdfs;
        this.clock = clock;
    }

    @GetMapping("/booklet/contracts/{contractId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long contractId, CurrentUser user) {
        ContractInfo contract = access.readable(user, contractId);
        Booklet booklet = booklets.open(contractId);
        List<BookletQueries.TimelineEntry> timeline = new ArrayList<>(queries.timeline(booklet.id));
        java.util.Collections.reverse(timeline);
        List<BookletService.EvaluationRow> rows = queries.evaluations(contractId);
        Map<Long, EvaluationLevel> mentor = Progression.latest(rows, Evaluator.MENTOR);
        Map<Long, EvaluationLevel> trainer = Progression.latest(rows, Evaluator.TRAINER);
        List<EvaluationController.GridLine> grid = new ArrayList<>();
        for (CompetencyInfo competency : booklets.competencies(booklet.programmeId)) {
            if (competency.active()) {
                grid.add(new EvaluationController.GridLine(
                        competency, mentor.get(competency.id()), trainer.get(competency.id()), null, null));
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("heading", views.heading(contract));
        model.put("booklet", booklet.view());
        model.put("timeline", timeline);
        model.put("grid", grid);
        model.put("zone", clock.getZone());
        return pdfs.respond("livret-apprentissage", "pdf/booklet", "Livret d'apprentissage", model);
    }
}
