package org.trio.contract.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.trio.access.ApprenticeScope;
import org.trio.contract.AnalysisPeriod;
import org.trio.contract.internal.AnalysisTable.Column;
import org.trio.contract.internal.AnalysisTable.Kind;
import org.trio.contract.internal.AnalysisTable.Row;
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.SiteInfo;
import org.trio.referential.SiteKind;

/**
 * Builds every table of the rupture analysis (indicators.md §2) for a school year at a reference date: per structure
 * (CFA, UFA) with totals with and without UFAs, per diploma type × structure, per diploma, per filière (with the rate
 * relative to the filière's headcount), per training situation, per diploma held at entry, per motive expressed and
 * validated, per month, per analysis period, and the cost. Rupture rate = ruptures nettes ÷ (inscrits actifs at the
 * reference date + ruptures nettes).
 */
@Service
class RuptureAnalysis {

    /** The analysis: its request, its tables, the data of its charts, and the cost total. */
    record Result(
            AnalysisQueries.Request request,
            List<AnalysisTable> tables,
            long activeTotal,
            long rupturesTotal,
            BigDecimal cost,
            long rupturesWithoutNpec) {

        public Optional<AnalysisTable> table(String id) {
            return tables.stream().filter(table -> table.id().equals(id)).findFirst();
        }
    }

    /** A structure of the analysis: a CFA (its own sites) or a UFA. */
    record Structure(String key, String name, boolean ufa) {}

    private static final Locale FRENCH = Locale.FRANCE;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", FRENCH);

    private final AnalysisQueries queries;
    private final ReferentialManagement referential;
    private final MessageSource messages;

    RuptureAnalysis(AnalysisQueries queries, ReferentialManagement referential, MessageSource messages) {
        this.queries = queries;
        this.referential = referential;
        this.messages = messages;
    }

    Result analyse(AnalysisQueries.Request request, ApprenticeScope scope) {
        List<AnalysisQueries.ActiveGroup> active = queries.active(request, scope);
        List<AnalysisQueries.RuptureGroup> ruptures = queries.ruptures(request, scope);
        Map<Long, ProgrammeInfo> programmes = programmes(active, ruptures);
        Map<String, Structure> structures = new HashMap<>();
        Function<Long[], Structure> structureOf = ids -> structure(ids[0], ids[1], structures);
        long activeTotal =
                active.stream().mapToLong(AnalysisQueries.ActiveGroup::count).sum();
        long rupturesTotal =
                ruptures.stream().mapToLong(AnalysisQueries.RuptureGroup::count).sum();
        List<AnalysisTable> tables = new ArrayList<>();
        tables.add(structureTable(request, active, ruptures, structureOf));
        tables.add(diplomaTypeTable(ruptures, programmes, structureOf));
        tables.add(share(
                "diplomas",
                text("analysis.table.diplomas"),
                text("analysis.column.diploma"),
                count(ruptures, group -> programmes.get(group.programmeId()).label())));
        tables.add(sectorTable(active, ruptures, programmes));
        tables.add(share(
                "situations",
                text("analysis.table.situations"),
                text("analysis.column.situation"),
                count(ruptures, group -> situation(programmes.get(group.programmeId()), group.programmeYear()))));
        tables.add(share(
                "entry-diplomas",
                text("analysis.table.entry-diplomas"),
                text("analysis.column.entry-diploma"),
                count(ruptures, group -> label(CodeLists.key("diplomaHeld", group.diplomaHeld())))));
        Map<Long, String> motives = queries.motiveLabels();
        tables.add(share(
                "expressed-motives",
                text("analysis.table.expressed"),
                text("analysis.column.motive"),
                count(ruptures, group -> motive(motives, group.expressedMotiveId()))));
        tables.add(share(
                "validated-motives",
                text("analysis.table.validated"),
                text("analysis.column.motive"),
                count(ruptures, group -> motive(motives, group.validatedMotiveId()))));
        tables.add(chronology(request, ruptures));
        tables.add(periods(ruptures));
        CostTable cost = costTable(request, scope, programmes, structureOf);
        tables.add(cost.table());
        return new Result(request, tables, activeTotal, rupturesTotal, cost.total(), cost.withoutNpec());
    }

    private AnalysisTable structureTable(
            AnalysisQueries.Request request,
            List<AnalysisQueries.ActiveGroup> active,
            List<AnalysisQueries.RuptureGroup> ruptures,
            Function<Long[], Structure> structureOf) {
        Map<Structure, long[]> counts = new LinkedHashMap<>();
        active.forEach(group -> counts.computeIfAbsent(
                                structureOf.apply(new Long[] {group.cfaId(), group.siteId()}), key -> new long[2])[0] +=
                group.count());
        ruptures.forEach(group -> counts.computeIfAbsent(
                                structureOf.apply(new Long[] {group.cfaId(), group.siteId()}), key -> new long[2])[1] +=
                group.count());
        long totalActive =
                counts.values().stream().mapToLong(values -> values[0]).sum();
        List<Map.Entry<Structure, long[]>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Comparator.<Map.Entry<Structure, long[]>>comparingLong(entry -> entry.getValue()[1])
                .reversed()
                .thenComparing(entry -> entry.getKey().name()));
        List<Row> rows = new ArrayList<>();
        long[] all = new long[2];
        long[] cfasOnly = new long[2];
        for (Map.Entry<Structure, long[]> entry : sorted) {
            long[] values = entry.getValue();
            rows.add(structureRow(entry.getKey().name(), values, totalActive));
            all[0] += values[0];
            all[1] += values[1];
            if (!entry.getKey().ufa()) {
                cfasOnly[0] += values[0];
                cfasOnly[1] += values[1];
            }
        }
        String activeHeader = text(
                "analysis.column.active", request.referenceDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        return new AnalysisTable(
                "structures",
                text("analysis.table.structures"),
                List.of(
                        new Column(text("analysis.column.structure"), Kind.TEXT),
                        new Column(activeHeader, Kind.COUNT),
                        new Column(text("analysis.column.ruptures"), Kind.COUNT),
                        new Column(text("analysis.column.enrolled-closed"), Kind.COUNT),
                        new Column(text("analysis.column.distribution"), Kind.PERCENT),
                        new Column(text("analysis.column.rate"), Kind.PERCENT)),
                rows,
                List.of(
                        structureRow(text("analysis.total.all"), all, totalActive),
                        structureRow(text("analysis.total.cfas"), cfasOnly, totalActive)));
    }

    private static Row structureRow(String name, long[] values, long totalActive) {
        long total = values[0] + values[1];
        return new Row(java.util.Arrays.asList(
                name, values[0], values[1], total, fraction(values[0], totalActive), fraction(values[1], total)));
    }

    private AnalysisTable diplomaTypeTable(
            List<AnalysisQueries.RuptureGroup> ruptures,
            Map<Long, ProgrammeInfo> programmes,
            Function<Long[], Structure> structureOf) {
        Map<String, Map<String, Long>> byStructure = new TreeMap<>();
        Map<String, Long> byType = new LinkedHashMap<>();
        ruptures.stream()
                .sorted(Comparator.comparing(
                        group -> programmes.get(group.programmeId()).diplomaType()))
                .forEach(group -> {
                    String type =
                            programmes.get(group.programmeId()).diplomaType().label();
                    byType.merge(type, group.count(), Long::sum);
                    byStructure
                            .computeIfAbsent(
                                    structureOf
                                            .apply(new Long[] {group.cfaId(), group.siteId()})
                                            .name(),
                                    key -> new LinkedHashMap<>())
                            .merge(type, group.count(), Long::sum);
                });
        List<String> types = List.copyOf(byType.keySet());
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(text("analysis.column.structure"), Kind.TEXT));
        types.forEach(type -> columns.add(new Column(type, Kind.COUNT)));
        columns.add(new Column(text("analysis.column.total"), Kind.COUNT));
        types.forEach(type -> columns.add(new Column(type + " (%)", Kind.PERCENT)));
        List<Row> rows = new ArrayList<>();
        byStructure.forEach((structure, counts) -> rows.add(typeRow(structure, counts, types)));
        return new AnalysisTable(
                "diploma-types",
                text("analysis.table.diploma-types"),
                columns,
                rows,
                List.of(typeRow(text("analysis.total.all"), byType, types)));
    }

    private static Row typeRow(String name, Map<String, Long> counts, List<String> types) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<Object> cells = new ArrayList<>();
        cells.add(name);
        types.forEach(type -> cells.add(counts.getOrDefault(type, 0L)));
        cells.add(total);
        types.forEach(type -> cells.add(fraction(counts.getOrDefault(type, 0L), total)));
        return new Row(cells);
    }

    private AnalysisTable sectorTable(
            List<AnalysisQueries.ActiveGroup> active,
            List<AnalysisQueries.RuptureGroup> ruptures,
            Map<Long, ProgrammeInfo> programmes) {
        Map<String, Long> rupturesBySector = count(ruptures, group -> sector(programmes.get(group.programmeId())));
        Map<String, Long> activeBySector = new HashMap<>();
        active.forEach(
                group -> activeBySector.merge(sector(programmes.get(group.programmeId())), group.count(), Long::sum));
        long total =
                rupturesBySector.values().stream().mapToLong(Long::longValue).sum();
        List<Row> rows = new ArrayList<>();
        rupturesBySector.forEach((sector, count) -> {
            long headcount = activeBySector.getOrDefault(sector, 0L) + count;
            rows.add(new Row(java.util.Arrays.asList(
                    sector, count, fraction(count, total), headcount, fraction(count, headcount))));
        });
        long allActive =
                activeBySector.values().stream().mapToLong(Long::longValue).sum();
        return new AnalysisTable(
                "sectors",
                text("analysis.table.sectors"),
                List.of(
                        new Column(text("analysis.column.sector"), Kind.TEXT),
                        new Column(text("analysis.column.ruptures"), Kind.COUNT),
                        new Column(text("analysis.column.share"), Kind.PERCENT),
                        new Column(text("analysis.column.enrolled-closed"), Kind.COUNT),
                        new Column(text("analysis.column.rate"), Kind.PERCENT)),
                rows,
                List.of(new Row(java.util.Arrays.asList(
                        text("analysis.total.all"),
                        total,
                        fraction(total, total),
                        allActive + total,
                        fraction(total, allActive + total)))));
    }

    private AnalysisTable chronology(AnalysisQueries.Request request, List<AnalysisQueries.RuptureGroup> ruptures) {
        Map<YearMonth, Long> byMonth = new TreeMap<>();
        YearMonth last = YearMonth.from(request.referenceDate());
        for (YearMonth month = YearMonth.from(request.yearStart()); !month.isAfter(last); month = month.plusMonths(1)) {
            byMonth.put(month, 0L);
        }
        ruptures.forEach(group -> byMonth.merge(YearMonth.from(group.month()), group.count(), Long::sum));
        List<Row> rows = new ArrayList<>();
        long total = 0;
        for (Map.Entry<YearMonth, Long> entry : byMonth.entrySet()) {
            String label = MONTH.format(entry.getKey().atDay(1));
            rows.add(new Row(List.of(Character.toUpperCase(label.charAt(0)) + label.substring(1), entry.getValue())));
            total += entry.getValue();
        }
        return new AnalysisTable(
                "months",
                text("analysis.table.months"),
                List.of(
                        new Column(text("analysis.column.month"), Kind.TEXT),
                        new Column(text("analysis.column.ruptures"), Kind.COUNT)),
                rows,
                List.of(new Row(List.of(text("analysis.total.all"), total))));
    }

    private AnalysisTable periods(List<AnalysisQueries.RuptureGroup> ruptures) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (AnalysisPeriod period : AnalysisPeriod.values()) {
            counts.put(text(period.messageKey()), 0L);
        }
        ruptures.forEach(group -> counts.merge(text(group.period().messageKey()), group.count(), Long::sum));
        return share("periods", text("analysis.table.periods"), text("analysis.column.period"), counts, false);
    }

    private record CostTable(AnalysisTable table, BigDecimal total, long withoutNpec) {}

    private CostTable costTable(
            AnalysisQueries.Request request,
            ApprenticeScope scope,
            Map<Long, ProgrammeInfo> programmes,
            Function<Long[], Structure> structureOf) {
        List<FundingCost.Rule> rules = queries.fundingRules();
        AnalysisQueries.FundingLevelHistory npec = queries.fundingLevels();
        Map<String, BigDecimal[]> byStructure = new TreeMap<>();
        long withoutNpec = 0;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal contributions = BigDecimal.ZERO;
        for (AnalysisQueries.CostFact fact : queries.costFacts(request, scope)) {
            ProgrammeInfo programme = programmes.computeIfAbsent(
                    fact.programmeId(), id -> referential.programme(id).orElseThrow());
            // The NPEC in force when the contract started (lifecycle.md §5: rules and amounts change by date).
            BigDecimal annual = npec.on(programme.cfd(), fact.start());
            if (annual == null) {
                annual = npec.on(programme.rncp(), fact.start());
            }
            String structure =
                    structureOf.apply(new Long[] {fact.cfaId(), fact.siteId()}).name();
            BigDecimal[] values = byStructure.computeIfAbsent(
                    structure, key -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            values[0] = values[0].add(BigDecimal.ONE);
            if (annual == null) {
                withoutNpec++;
                continue;
            }
            FundingCost.Cost cost = FundingCost.compute(
                    FundingCost.ruleOn(rules, fact.start()),
                    new FundingCost.Facts(
                            annual,
                            fact.distanceLearning(),
                            programme.level(),
                            fact.start(),
                            fact.plannedEnd(),
                            fact.rupture(),
                            fact.mode(),
                            "23".equals(fact.contractType())));
            values[1] = values[1].add(cost.lost());
            values[2] = values[2].add(cost.employerContribution());
            total = total.add(cost.lost());
            contributions = contributions.add(cost.employerContribution());
        }
        List<Row> rows = new ArrayList<>();
        byStructure.forEach((structure, values) ->
                rows.add(new Row(List.of(structure, values[0].longValue(), values[1], values[2]))));
        long count = byStructure.values().stream()
                .mapToLong(values -> values[0].longValue())
                .sum();
        AnalysisTable table = new AnalysisTable(
                "cost",
                text("analysis.table.cost"),
                List.of(
                        new Column(text("analysis.column.structure"), Kind.TEXT),
                        new Column(text("analysis.column.ruptures"), Kind.COUNT),
                        new Column(text("analysis.column.lost"), Kind.MONEY),
                        new Column(text("analysis.column.contribution"), Kind.MONEY)),
                rows,
                List.of(new Row(List.of(text("analysis.total.all"), count, total, contributions))));
        return new CostTable(table, total, withoutNpec);
    }

    private AnalysisTable share(String id, String title, String header, Map<String, Long> counts) {
        return share(id, title, header, counts, true);
    }

    private AnalysisTable share(String id, String title, String header, Map<String, Long> counts, boolean sort) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
        if (sort) {
            entries.sort(
                    Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        }
        List<Row> rows = new ArrayList<>();
        entries.forEach(entry -> rows.add(
                new Row(java.util.Arrays.asList(entry.getKey(), entry.getValue(), fraction(entry.getValue(), total)))));
        return new AnalysisTable(
                id,
                title,
                List.of(
                        new Column(header, Kind.TEXT),
                        new Column(text("analysis.column.ruptures"), Kind.COUNT),
                        new Column(text("analysis.column.share"), Kind.PERCENT)),
                rows,
                List.of(new Row(java.util.Arrays.asList(text("analysis.total.all"), total, fraction(total, total)))));
    }

    private static Map<String, Long> count(
            List<AnalysisQueries.RuptureGroup> ruptures, Function<AnalysisQueries.RuptureGroup, String> key) {
        Map<String, Long> counts = new LinkedHashMap<>();
        ruptures.forEach(group -> counts.merge(key.apply(group), group.count(), Long::sum));
        return counts;
    }

    private Map<Long, ProgrammeInfo> programmes(
            List<AnalysisQueries.ActiveGroup> active, List<AnalysisQueries.RuptureGroup> ruptures) {
        List<Long> ids = new ArrayList<>();
        active.forEach(group -> ids.add(group.programmeId()));
        ruptures.forEach(group -> ids.add(group.programmeId()));
        return new HashMap<>(referential.programmes(ids.stream().distinct().toList()));
    }

    private Structure structure(long cfaId, Long siteId, Map<String, Structure> cache) {
        if (siteId != null) {
            Structure site = cache.computeIfAbsent(
                    "site:" + siteId,
                    key -> referential
                            .site(siteId)
                            .filter(info -> info.kind() == SiteKind.UFA)
                            .map(SiteInfo::name)
                            .map(name -> new Structure(key, name, true))
                            .orElse(new Structure("", "", false)));
            if (site.ufa()) {
                return site;
            }
        }
        return cache.computeIfAbsent(
                "cfa:" + cfaId,
                key -> new Structure(
                        key, referential.cfa(cfaId).map(cfa -> cfa.name()).orElse(key), false));
    }

    /**
     * "APPRENTI CAP 1ère année", "APPRENTI TP en 1 an", "APPRENTI BAC PRO 3 ans 1ère année": the training situation of
     * the seed's tables. A programme of other than two years names its duration, so that the seed's "BAC PRO 3 ans -
     * Seconde" and "BAC PRO 2 ans - Première" (both a first year) stay apart.
     */
    static String situation(ProgrammeInfo programme, int programmeYear) {
        String type = programme.diplomaType().label();
        int months = programme.theoreticalDurationMonths();
        if (months <= 12) {
            return "APPRENTI " + type + " en 1 an";
        }
        String duration = months == 24 ? "" : (months % 12 == 0 ? months / 12 + " ans " : months + " mois ");
        return "APPRENTI " + type + " " + duration + programmeYear + (programmeYear == 1 ? "ère" : "ème") + " année";
    }

    private static String sector(ProgrammeInfo programme) {
        return programme.sector() == null ? "—" : programme.sector();
    }

    private String motive(Map<Long, String> motives, Long id) {
        return id == null ? text("analysis.motive.none") : motives.getOrDefault(id, text("analysis.motive.none"));
    }

    private static BigDecimal fraction(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_UP);
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, FRENCH);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, FRENCH);
    }
}
