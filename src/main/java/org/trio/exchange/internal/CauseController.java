package org.trio.exchange.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.AuditTrail;
import org.trio.access.CurrentUser;
import org.trio.access.Roles;
import org.trio.contract.TrainingRecords;
import org.trio.platform.document.Table;
import org.trio.platform.document.TableExports;
import org.trio.referential.CfaInfo;
import org.trio.referential.ReferentialManagement;

/**
 * Rupture causes of imported files that no motive matched: a person of the CFA maps each to an expressed motive; the
 * mapping is remembered for the next imports of that CFA and applied to the ruptures already imported.
 */
@Controller
@PreAuthorize(Roles.ADMINISTRATION)
class CauseController {

    /** The mapping form: which CFA's cause goes to which motive. */
    record MappingForm(
            @NotNull Long cfaId,
            @NotBlank String cause,
            @NotNull Long motiveId) {}

    /** A cause waiting for its motive, with the CFA's name and the motives it may use. */
    record Line(long cfaId, String cfa, String cause, int ruptures, List<TrainingRecords.Motive> motives) {}

    private final TrainingRecords trainings;
    private final ReferentialManagement referential;
    private final JdbcClient jdbc;
    private final TableExports exports;
    private final Clock clock;
    private final AuditTrail audit;

    CauseController(
            TrainingRecords trainings,
            ReferentialManagement referential,
            JdbcClient jdbc,
            TableExports exports,
            Clock clock,
            AuditTrail audit) {
        this.trainings = trainings;
        this.referential = referential;
        this.jdbc = jdbc;
        this.exports = exports;
        this.clock = clock;
        this.audit = audit;
    }

    @GetMapping("/exchange/causes")
    String causes(CurrentUser user, Model model) {
        model.addAttribute("lines", lines(user));
        model.addAttribute("mappings", mappings(user));
        return "exchange/causes";
    }

    @GetMapping(path = "/exchange/causes", params = "format")
    ResponseEntity<StreamingResponseBody> export(CurrentUser user, @RequestParam String format) {
        Table<Line> table = Table.<Line>titled("Causes de rupture à rattacher")
                .text("CFA", Line::cfa)
                .text("Cause du fichier", Line::cause)
                .integer("Ruptures", Line::ruptures)
                .rows(lines(user));
        return exports.respond(format, "causes-de-rupture", table);
    }

    @PostMapping("/exchange/causes")
    @Transactional
    String map(
            CurrentUser user,
            @Valid @ModelAttribute("mappingForm") MappingForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        ImportTarget target = ImportController.targetOf(user, referential);
        if (binding.hasErrors() || !target.allows(form.cfaId())) {
            redirect.addFlashAttribute("mappingError", "causes.mapping.invalid");
            return "redirect:/exchange/causes";
        }
        String normalised = CauseMatcher.normalise(form.cause());
        int changed = 0;
        for (TrainingRecords.UnmappedCause cause : trainings.unmappedCauses(List.of(form.cfaId()))) {
            if (CauseMatcher.normalise(cause.cause()).equals(normalised)) {
                changed += trainings.assignExpressedMotive(form.cfaId(), cause.cause(), form.motiveId());
            }
        }
        Map<String, Object> before = jdbc
                .sql("select motive_id from exchange.cause_mapping where cfa_id = ? and cause = ?")
                .params(form.cfaId(), normalised)
                .query()
                .listOfRows()
                .stream()
                .findFirst()
                .orElse(Map.of());
        jdbc.sql("""
                        insert into exchange.cause_mapping (cfa_id, cause, motive_id, mapped_by, mapped_at)
                        values (?, ?, ?, ?, ?)
                        on conflict (cfa_id, cause) do update set motive_id = excluded.motive_id,
                          mapped_by = excluded.mapped_by, mapped_at = excluded.mapped_at""")
                .params(form.cfaId(), normalised, form.motiveId(), user.username(), OffsetDateTime.now(clock))
                .update();
        audit.recordRowChange(
                "exchange.cause_mapping",
                form.cfaId() + " " + normalised,
                null,
                before,
                Map.of("motive_id", form.motiveId()));
        redirect.addFlashAttribute("mapped", changed);
        return "redirect:/exchange/causes";
    }

    private List<Line> lines(CurrentUser user) {
        ImportTarget target = ImportController.targetOf(user, referential);
        Map<Long, String> names = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<TrainingRecords.Motive>> motives = new LinkedHashMap<>();
        return trainings.unmappedCauses(target.cfaIds()).stream()
                .map(cause -> new Line(
                        cause.cfaId(),
                        names.computeIfAbsent(
                                cause.cfaId(),
                                id -> referential.cfa(id).map(CfaInfo::name).orElse("")),
                        cause.cause(),
                        cause.ruptures(),
                        motives.computeIfAbsent(cause.cfaId(), id -> trainings.expressedMotives(id, today))))
                .toList();
    }

    /** A remembered mapping. */
    record Mapping(String cfa, String cause, String motive, String mappedBy) {}

    /** The mappings remembered for the user's CFAs. */
    private List<Mapping> mappings(CurrentUser user) {
        ImportTarget target = ImportController.targetOf(user, referential);
        if (target.cfaIds().isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, Map<Long, String>> labels = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        return jdbc.sql("""
                        select cfa_id, cause, motive_id, mapped_by from exchange.cause_mapping
                         where cfa_id in (:cfas) order by mapped_at desc limit 200""")
                .param("cfas", List.copyOf(target.cfaIds()))
                .query((rs, n) -> {
                    long cfaId = rs.getLong(1);
                    String motive = labels.computeIfAbsent(cfaId, id -> {
                                Map<Long, String> byId = new LinkedHashMap<>();
                                trainings.expressedMotives(id, today).forEach(m -> byId.put(m.id(), m.label()));
                                return byId;
                            })
                            .getOrDefault(rs.getLong(3), "—");
                    String cfa = names.computeIfAbsent(
                            cfaId, id -> referential.cfa(id).map(CfaInfo::name).orElse(""));
                    return new Mapping(cfa, rs.getString(2), motive, rs.getString(4));
                })
                .list();
    }
}
