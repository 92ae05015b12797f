package org.trio.referential.internal;

import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trio.platform.demo.DemoContext;
import org.trio.platform.demo.DemoIdentifiers;
import org.trio.platform.demo.DemoKeys;
import org.trio.platform.demo.DemoPath;
import org.trio.referential.DiplomaType;

/**
 * Demo apprentices: for each structure its share of the network, each with a programme of the structure, a path
 * crossing the current or previous school year, an age fitting the diploma, the diploma held at entry distributed like
 * the seed (half of the CAP entrants have no diploma), and legal representatives when minor.
 */
final class DemoApprentices {

    private static final String APPRENTICE_COLUMNS = "id, network_id, cfa_id, site_id, last_name, first_name,"
            + " birth_date, birth_post_code, birth_commune_insee, birth_place, sex, ine, address, post_code, city,"
            + " commune_insee, phone, email, nationality, created_at";
    private static final String REPRESENTATIVE_COLUMNS = "id, apprentice_id, rank, last_name, first_name,"
            + " relationship, email, phone_personal, phone_work, address, post_code, city, pcs";
    private static final String[] PCS = {"21", "22", "23", "31", "46", "47", "48", "52", "54", "55", "56", "61", "66"};
    private static final int BATCH = 20_000;

    private final DemoContext context;
    private final long network;
    private final Map<Integer, Long> cfaOfStructure;
    private final Map<Integer, Long> siteOfStructure;
    private final Map<String, Long> programmeIds;
    private final Map<String, Long> cohorts;
    private final int currentYear;
    private final List<Object[]> apprentices = new ArrayList<>();
    private final List<Object[]> representatives = new ArrayList<>();
    private final List<Object[]> health = new ArrayList<>();

    DemoApprentices(
            DemoContext context,
            JdbcClient jdbc,
            long network,
            Map<Integer, Long> cfaOfStructure,
            Map<Integer, Long> siteOfStructure,
            Map<String, Long> programmeIds,
            Map<String, Long> cohorts) {
        this.context = context;
        this.network = network;
        this.cfaOfStructure = cfaOfStructure;
        this.siteOfStructure = siteOfStructure;
        this.programmeIds = programmeIds;
        this.cohorts = cohorts;
        this.currentYear = context.currentSchoolYear().startYear();
    }

    void generate(int[] perStructure) {
        SplittableRandom random = context.random("apprentices");
        long nextApprentice = context.reserveIds("referential.apprentice", context.apprentices());
        long nextRepresentative = context.reserveIds("referential.legal_representative", context.apprentices());
        List<DemoPath> paths = new ArrayList<>(context.apprentices());
        Map<Long, Long> representativeOf = new HashMap<>();
        for (int structure = 0; structure < perStructure.length; structure++) {
            DemoCatalogue.Structure spec = DemoCatalogue.STRUCTURES.get(structure);
            Map<String, Integer> weights = new LinkedHashMap<>();
            spec.programmes()
                    .forEach(code ->
                            weights.put(code, DemoCatalogue.programme(code).weight()));
            int total = weights.values().stream().mapToInt(Integer::intValue).sum();
            for (int n = 0; n < perStructure[structure]; n++) {
                DemoCatalogue.ProgrammeSpec programme =
                        DemoCatalogue.programme(DemoEmployers.pick(weights, total, random));
                long id = nextApprentice++;
                DemoPath path = path(id, structure, programme, random);
                paths.add(path);
                if (path.minorAtEntry()) {
                    long representative = nextRepresentative;
                    nextRepresentative += addRepresentatives(representative, id, random);
                    representativeOf.put(id, representative);
                }
                if (apprentices.size() >= BATCH) {
                    flush();
                }
            }
        }
        flush();
        context.syncIdentity("referential.apprentice");
        context.syncIdentity("referential.legal_representative");
        context.share(DemoKeys.PATHS, paths);
        context.share(DemoKeys.LEGAL_REPRESENTATIVE_OF, representativeOf);
    }

    private DemoPath path(long id, int structure, DemoCatalogue.ProgrammeSpec programme, SplittableRandom random) {
        int years = ReferentialDemoData.years(programme);
        int earliest = currentYear - 1 - (years - 1);
        int roll = random.nextInt(100);
        int entry = roll < 45
                ? currentYear
                : roll < 80 || years == 1 ? currentYear - 1 : earliest + random.nextInt(Math.max(1, years - 1));
        entry = Math.max(earliest, Math.min(currentYear, entry));
        int first = Math.max(entry, currentYear - 1);
        int last = Math.min(entry + years - 1, currentYear);
        long site = siteOfStructure.get(structure);
        long[] cohortIds = new long[last - first + 1];
        for (int year = first; year <= last; year++) {
            cohortIds[year - first] =
                    cohorts.get(ReferentialDemoData.cohortKey(site, programme.code(), year, year - entry + 1));
        }
        int age = programme.entryAge() + (random.nextInt(10) < 7 ? random.nextInt(2) : 1 + random.nextInt(5));
        LocalDate entryDate = LocalDate.of(entry, Month.SEPTEMBER, 1);
        LocalDate birth = entryDate.minusYears(age).minusDays(random.nextInt(365));
        boolean minor = birth.plusYears(18).isAfter(entryDate);
        String sex = random.nextInt(100) < femaleShare(programme) ? "F" : "M";
        apprentices.add(apprentice(id, structure, birth, sex, entryDate, random));
        if (random.nextInt(1000) < 25) {
            health.add(new Object[] {id, true, entryDate.minusMonths(random.nextInt(24)), "Tiers temps aux examens"});
        }
        return new DemoPath(
                id,
                cfaOfStructure.get(structure),
                site,
                programmeIds.get(programme.code()),
                programme.months(),
                entry,
                first,
                first - entry + 1,
                cohortIds,
                diplomaHeld(programme.type(), random),
                previousSituation(programme.type(), random),
                programme.sector(),
                minor);
    }

    private Object[] apprentice(
            long id, int structure, LocalDate birth, String sex, LocalDate entryDate, SplittableRandom random) {
        String first = context.names().firstName(random, sex);
        String last = context.names().lastName(random);
        DemoPlaces.Town home = DemoPlaces.town(random);
        DemoPlaces.Town birthTown = random.nextInt(4) == 0 ? home : DemoPlaces.town(random);
        int nationality = random.nextInt(100);
        return new Object[] {
            id,
            network,
            cfaOfStructure.get(structure),
            siteOfStructure.get(structure),
            last,
            first,
            birth,
            birthTown.postCode(),
            birthTown.insee(),
            birthTown.name(),
            sex,
            random.nextInt(10) < 7 ? ine(id, birth.getYear() + 11, random) : null,
            DemoPlaces.street(random),
            home.postCode(),
            home.name(),
            home.insee(),
            DemoIdentifiers.mobile(random),
            ReferentialDemoData.slug(first) + "." + ReferentialDemoData.slug(last) + "." + id + "@courriel.fr",
            nationality < 92 ? "1" : nationality < 95 ? "2" : "3",
            OffsetDateTime.of(entryDate.minusDays(random.nextInt(60)).atStartOfDay(), ZoneOffset.UTC)
        };
    }

    /**
     * A distinct INE per apprentice (from its id). The random draws of the former random INE are still made, so that
     * everything generated after it stays as it was for the same seed.
     */
    static String ine(long id, int year, SplittableRandom random) {
        DemoIdentifiers.ine(random, year);
        return DemoIdentifiers.ine(id, year);
    }

    private int addRepresentatives(long firstId, long apprentice, SplittableRandom random) {
        Object[] row = apprentices.get(apprentices.size() - 1);
        String last = (String) row[4];
        boolean both = random.nextInt(10) < 4;
        boolean motherFirst = random.nextBoolean();
        representatives.add(representative(firstId, apprentice, 1, last, motherFirst ? "F" : "M", row, random));
        if (both) {
            representatives.add(representative(firstId + 1, apprentice, 2, last, motherFirst ? "M" : "F", row, random));
        }
        return both ? 2 : 1;
    }

    private Object[] representative(
            long id, long apprentice, int rank, String last, String sex, Object[] child, SplittableRandom random) {
        String first = context.names().firstName(random, sex);
        return new Object[] {
            id,
            apprentice,
            rank,
            last,
            first,
            "F".equals(sex) ? "Mère" : "Père",
            ReferentialDemoData.slug(first) + "." + ReferentialDemoData.slug(last) + "." + id + "@courriel.fr",
            DemoIdentifiers.mobile(random),
            random.nextBoolean() ? "01" + ReferentialDemoData.digits(random, 8) : null,
            child[12],
            child[13],
            child[14],
            PCS[random.nextInt(PCS.length)]
        };
    }

    private void flush() {
        context.copy("referential.apprentice", APPRENTICE_COLUMNS, apprentices);
        context.copy("referential.legal_representative", REPRESENTATIVE_COLUMNS, representatives);
        context.copy("referential.apprentice_health", "apprentice_id, rqth, rqth_date, adjustments", health);
        apprentices.clear();
        representatives.clear();
        health.clear();
    }

    private static int femaleShare(DemoCatalogue.ProgrammeSpec programme) {
        return switch (programme.sector()) {
            case "Finitions" -> 25;
            case "Multi Secteur" -> 30;
            default -> 6;
        };
    }

    /**
     * SIFA DIP_OBT code of the diploma held at entry, distributed for each kind of programme so that, the ruptures
     * falling on the kinds of programme as in the seed (two thirds on CAP), the diplomas held by those who break their
     * contract are distributed like the seed's 2021-2022 figures (half without a diploma, then CAP, brevet, …).
     */
    static String diplomaHeld(DiplomaType type, SplittableRandom random) {
        int roll = random.nextInt(100);
        return switch (type) {
            case CAP ->
                roll < 64
                        ? "01"
                        : roll < 77
                                ? "03"
                                : roll < 83
                                        ? "02"
                                        : roll < 89
                                                ? "04"
                                                : roll < 91
                                                        ? "05"
                                                        : roll < 95 ? "07" : roll < 96 ? "08" : roll < 99 ? "14" : "13";
            case BP -> roll < 80 ? "04" : roll < 90 ? "08" : roll < 95 ? "06" : "01";
            case BAC_PRO -> roll < 45 ? "01" : roll < 80 ? "03" : "04";
            case BTS -> roll < 70 ? "08" : roll < 95 ? "07" : "09";
            case MC, TP -> roll < 60 ? "04" : roll < 80 ? "01" : "08";
            case BUT -> roll < 70 ? "07" : "08";
            case MASTER -> "14";
            default -> roll < 40 ? "11" : roll < 60 ? "12" : roll < 80 ? "15" : "07";
        };
    }

    /** SIFA SIT_N_1 code of the year before entry. */
    private static String previousSituation(DiplomaType type, SplittableRandom random) {
        int roll = random.nextInt(100);
        return switch (type) {
            case CAP -> roll < 50 ? "1021" : roll < 75 ? "1023" : roll < 80 ? "3001" : roll < 90 ? "2001" : "5907";
            case BP -> roll < 80 ? "3103" : "5903";
            case BAC_PRO -> roll < 70 ? "1021" : roll < 90 ? "1023" : "2001";
            case BTS -> roll < 50 ? "3133" : roll < 75 ? "3033" : roll < 95 ? "2005" : "5907";
            case MC, TP -> roll < 50 ? "3103" : roll < 80 ? "5903" : "5907";
            case BUT -> roll < 70 ? "2005" : "2007";
            default -> roll < 40 ? "4103" : roll < 70 ? "4003" : "4111";
        };
    }
}
