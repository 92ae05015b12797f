package org.trio.warning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.trio.access.AccessPolicy;
import org.trio.access.AuditTrail;
import org.trio.access.CurrentUser;
import org.trio.platform.pdf.PdfRenderer;

/** The page of the regular situation point, printable, and its PDF. */
@Controller
@PreAuthorize(WarningRoles.POINT)
class PointController {

    private final SituationPoint point;
    private final AccessPolicy policy;
    private final PdfRenderer pdfs;
    private final AuditTrail audit;
    private final WarningTexts texts;
    private final Clock clock;

    PointController(
            SituationPoint point,
            AccessPolicy policy,
            PdfRenderer pdfs,
            AuditTrail audit,
            WarningTexts texts,
            Clock clock) {
        this.point = point;
        this.policy = policy;
        this.pdfs = pdfs;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/warning/point")
    String page(CurrentUser user, Model model) {
        model.addAttribute(
                "point", point.of(policy.scopeOf(user), Actor.readsSocial(user.role()), LocalDate.now(clock)));
        return "warning/point";
    }

    @GetMapping("/warning/point/pdf")
    ResponseEntity<byte[]> pdf(CurrentUser user) {
        SituationPoint.Point data =
                point.of(policy.scopeOf(user), Actor.readsSocial(user.role()), LocalDate.now(clock));
        audit.recordEvent(
                "EXPORT", texts.get("warning.point.export.audit", data.items().size()));
        return pdfs.respond(
                texts.get("warning.point.file"),
                "pdf/warning/point",
                texts.get("warning.point.title"),
                Map.of("point", data));
    }
}
