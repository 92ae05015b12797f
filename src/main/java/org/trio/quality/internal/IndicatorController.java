package org.trio.quality.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.trio.access.CurrentUser;
import org.trio.access.Roles;
import org.trio.platform.document.Table;
import org.trio.platform.document.TableExports;
import org.trio.platform.web.NavigationEntry;
import org.trio.platform.web.NavigationSection;
import org.trio.quality.IndicatorResult;
import org.trio.quality.IndicatorScope;
import org.trio.quality.QualityManagement;
import org.trio.referential.CfaInfo;
import org.trio.referential.ProgrammeInfo;
import org.trio.shared.SchoolYear;

/**
 * The indicators of a programme (or of the whole CFA) for a school year: the charter's and the published L6111-8 ones,
 * with the rule of 20 ("non calculable") and the pooling of two promotions; "non disponible" when no module computes
 * a figure yet.
 */
@Controller
@PreAuthorize(Roles.INDICATORS)
class IndicatorController {

    /** One line of the page: the definition and its result. */
    record Line(IndicatorDefinition definition, IndicatorResult result) {

        public String label() {
            return definition.labelKey();
        }

        public boolean months() {
            return definition.unit() == IndicatorDefinition.Unit.MONTHS;
        }
    }

    private final QualityManagement quality;
    private final QualityCfas cfas;
    private final TableExports exports;
    private final MessageSource messages;
    private final java.time.Clock clock;

    IndicatorController(
            QualityManagement quality,
            QualityCfas cfas,
            TableExports exports,
            MessageSource messages,
            java.time.Clock clock) {
        this.quality = quality;
        this.cfas = cfas;
        this.exports = exports;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/quality/indicators")
    String page(
            CurrentUser user,
            @RequestParam(required = false) @Nullable Long cfa,
            @RequestParam(required = false) @Nullable Long programme,
            @RequestParam(required = false) @Nullable String year,
            Model model) {
        CfaInfo chosen = cfas.resolve(user, cfa);
        SchoolYear schoolYear = year(year);
        List<ProgrammeInfo> programmes = cfas.programmesFor(user, chosen.id(), schoolYear);
        Long programmeId = programme(user, programme, programmes);
        List<Line> lines = lines(chosen.id(), programmeId, schoolYear);
        model.addAttribute("cfa", chosen);
        model.addAttribute("cfas", cfas.visibleTo(user));
        model.addAttribute("year", schoolYear);
        model.addAttribute("years", years());
        model.addAttribute("programmes", programmes);
        model.addAttribute("programme", programmeId);
        model.addAttribute(
                "charter",
                lines.stream()
                        .filter(l -> l.definition().group() == IndicatorDefinition.Group.CHARTER)
                        .toList());
        model.addAttribute(
                "published",
                lines.stream()
                        .filter(l -> l.definition().group() == IndicatorDefinition.Group.PUBLISHED)
                        .toList());
        model.addAttribute("showPeople", user.role().isStaff());
        return "quality/indicators";
    }

    @GetMapping(path = "/quality/indicators", params = "format")
    ResponseEntity<StreamingResponseBody> export(
            CurrentUser user,
            @RequestParam String format,
            @RequestParam(required = false) @Nullable Long cfa,
            @RequestParam(required = false) @Nullable Long programme,
            @RequestParam(required = false) @Nullable String year) {
        CfaInfo chosen = cfas.resolve(user, cfa);
        SchoolYear schoolYear = year(year);
        Long programmeId = programme(user, programme, cfas.programmesFor(user, chosen.id(), schoolYear));
        List<Line> lines = lines(chosen.id(), programmeId, schoolYear);
        var locale = LocaleContextHolder.getLocale();
        Table<Line> table = Table.<Line>titled("Indicateurs " + schoolYear.label())
                .text("Indicateur", line -> messages.getMessage(line.label(), null, line.label(), locale))
                .text("Valeur", line -> switch (line.result().state()) {
                    case AVAILABLE ->
                        line.months()
                                ? line.result().value() + " mois"
                                : line.result().value() + " %";
                    case NOT_COMPUTABLE -> "non calculable (moins de 20 personnes)";
                    case NOT_AVAILABLE -> "non disponible";
                    case NATIONAL -> messages.getMessage("indicators.national", null, locale);
                })
                .integer(
                        "Personnes",
                        line -> user.role().isStaff() ? line.result().people() : null)
                .bool("Deux promotions cumulées", line -> line.result().pooled())
                .text("Source", line -> line.result().source())
                .rows(lines);
        return exports.respond(format, "indicateurs-" + chosen.uai() + "-" + schoolYear.label(), table);
    }

    private List<Line> lines(long cfaId, @Nullable Long programmeId, SchoolYear year) {
        List<IndicatorResult> results =
                quality.indicators(new IndicatorScope(cfaId, programmeId, year, LocalDate.now(clock)));
        return IndicatorDefinition.ALL.stream()
                .map(definition -> new Line(
                        definition,
                        results.stream()
                                .filter(r -> r.key().equals(definition.key()))
                                .findFirst()
                                .orElseThrow()))
                .toList();
    }

    private static @Nullable Long programme(
            CurrentUser user, @Nullable Long requested, List<ProgrammeInfo> programmes) {
        if (requested != null) {
            return programmes.stream()
                    .filter(p -> p.id() == requested)
                    .findFirst()
                    .map(ProgrammeInfo::id)
                    .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                            "Formation hors de votre périmètre"));
        }
        if (user.role() == org.trio.access.Role.PROGRAMME_LEAD) {
            return programmes.stream()
                    .findFirst()
                    .map(ProgrammeInfo::id)
                    .orElseThrow(
                            () -> new org.springframework.security.access.AccessDeniedException("Aucune formation"));
        }
        return null;
    }

    private SchoolYear year(@Nullable String label) {
        return label != null && SchoolYear.isValidLabel(label)
                ? SchoolYear.parse(label)
                : SchoolYear.of(LocalDate.now(clock)).previous();
    }

    private List<SchoolYear> years() {
        SchoolYear current = SchoolYear.of(LocalDate.now(clock));
        return List.of(
                current,
                current.previous(),
                current.previous().previous(),
                current.previous().previous().previous());
    }

    @Bean
    static NavigationEntry indicatorsNavigation() {
        return new NavigationEntry(
                NavigationSection.INDICATORS,
                "nav.indicators.programmes",
                "/quality/indicators",
                "bar-chart",
                30,
                Set.of(
                        "CFA_DIRECTOR",
                        "NETWORK_ADMIN",
                        "PLACEMENT_ADVISOR",
                        "DEPUTY_PEDAGOGY",
                        "DEPUTY_SOCIAL",
                        "SECRETARIAT",
                        "QUALITY_MANAGER",
                        "PROGRAMME_LEAD",
                        "OBSERVER"));
    }
}
