package org.trio.referential.internal;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.platform.demo.DemoContext;
import org.trio.platform.demo.DemoDataContributor;
import org.trio.platform.demo.DemoIdentifiers;
import org.trio.platform.demo.DemoKeys;
import org.trio.referential.DiplomaType;
import org.trio.referential.StaffFunction;

/**
 * The referential part of the demo network: the network, its 7 CFAs and 5 UFAs, certifying institutions, programmes
 * and cohorts of the current and previous school years, staff, employers with their maîtres d'apprentissage, and the
 * apprentices (with legal representatives for minors), each with a planned path shared for the next contributors.
 */
@Component
class ReferentialDemoData implements DemoDataContributor {

    private static final String[] CERTIFIERS = {
        "Rectorat de l'académie de Versailles",
        "Rectorat de l'académie de Créteil",
        "Ministère du Travail",
        "ESITC Paris",
        "Université Paris-Est Créteil"
    };

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void contribute(DemoContext context) {
        new Generation(context).run();
    }

    /** One generation run: the state accumulated while building the network. */
    private static final class Generation {

        private final DemoContext context;
        private final JdbcClient jdbc;
        private final int currentYear;
        private final Map<Integer, Long> cfaOfStructure = new HashMap<>();
        private final Map<Integer, Long> siteOfStructure = new HashMap<>();
        private final Map<String, Long> programmeIds = new LinkedHashMap<>();
        private final Map<String, Long> cohorts = new HashMap<>();
        private final Map<String, Long> staff = new HashMap<>();
        private final Map<Long, long[]> trainersOfCfa = new HashMap<>();
        private long network;

        Generation(DemoContext context) {
            this.context = context;
            this.jdbc = context.jdbc();
            this.currentYear = context.currentSchoolYear().startYear();
        }

        void run() {
            network = insertId("insert into referential.network (name) values ('Réseau BTP CFA Île-de-France')");
            context.share(DemoKeys.NETWORK, network);
            organisations();
            long[] certifiers = certifiers();
            programmes(certifiers);
            cohorts();
            int[] perStructure = apprenticesPerStructure();
            staff(perStructure);
            employers();
            apprentices(perStructure);
        }

        private void organisations() {
            SplittableRandom random = context.random("organisations");
            List<DemoCatalogue.Structure> structures = DemoCatalogue.STRUCTURES;
            List<Long> cfas = new ArrayList<>();
            Map<Long, Long> mainSites = new HashMap<>();
            for (int i = 0; i < structures.size(); i++) {
                DemoCatalogue.Structure structure = structures.get(i);
                String uai = DemoIdentifiers.uai(structure.department(), random);
                String siret = DemoIdentifiers.siret(random);
                if (!structure.isUfa()) {
                    long cfa = insertId(
                            "insert into referential.cfa (network_id, name, uai, siret, cfa_type, address,"
                                    + " post_code, city, commune_insee, email, phone) values (?, ?, ?, ?, '09', ?, ?, ?,"
                                    + " ?, ?, ?) returning id",
                            network,
                            structure.name(),
                            uai,
                            siret,
                            structure.street(),
                            structure.postCode(),
                            structure.city(),
                            structure.communeInsee(),
                            "contact@" + slug(structure.city()) + ".btpcfa-idf.fr",
                            "01" + digits(random, 8));
                    cfaOfStructure.put(i, cfa);
                    cfas.add(cfa);
                    long site = insertSite(cfa, structure, "SITE", uai, siret);
                    siteOfStructure.put(i, site);
                    mainSites.put(cfa, site);
                } else {
                    long cfa = cfaOfStructure.get(structure.parent());
                    cfaOfStructure.put(i, cfa);
                    siteOfStructure.put(i, insertSite(cfa, structure, "UFA", uai, siret));
                }
            }
            context.share(
                    DemoKeys.CFAS, cfas.stream().mapToLong(Long::longValue).toArray());
            context.share(DemoKeys.MAIN_SITE_OF_CFA, mainSites);
        }

        private long insertSite(long cfa, DemoCatalogue.Structure structure, String kind, String uai, String siret) {
            return insertId(
                    "insert into referential.site (cfa_id, name, kind, host_institution, uai, siret, address,"
                            + " post_code, city, commune_insee) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
                    cfa,
                    structure.name(),
                    kind,
                    structure.hostInstitution(),
                    uai,
                    siret,
                    structure.street(),
                    structure.postCode(),
                    structure.city(),
                    structure.communeInsee());
        }

        private long[] certifiers() {
            SplittableRandom random = context.random("certifiers");
            long[] ids = new long[CERTIFIERS.length];
            for (int i = 0; i < CERTIFIERS.length; i++) {
                ids[i] = insertId(
                        "insert into referential.certifying_institution (name, uai, siret, kind) values"
                                + " (?, ?, ?, ?) returning id",
                        CERTIFIERS[i],
                        DemoIdentifiers.uai(i == 0 ? "078" : "094", random),
                        DemoIdentifiers.siret(random),
                        i < 3 ? "Ministère" : "Enseignement supérieur");
            }
            return ids;
        }

        private void programmes(long[] certifiers) {
            for (DemoCatalogue.ProgrammeSpec spec : DemoCatalogue.PROGRAMMES) {
                long certifier = switch (spec.type()) {
                    case TP -> certifiers[2];
                    case ENGINEER -> certifiers[3];
                    case LICENCE_PRO, BUT, MASTER -> certifiers[4];
                    default -> certifiers[0];
                };
                long id = insertId(
                        "insert into referential.programme (network_id, cfd, rncp, label, short_label,"
                                + " diploma_type, level, sector, theoretical_duration_months,"
                                + " certifying_institution_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
                        network,
                        spec.cfd(),
                        spec.rncp(),
                        spec.label(),
                        spec.code(),
                        spec.type().name(),
                        spec.level(),
                        spec.sector(),
                        spec.months(),
                        certifier);
                programmeIds.put(spec.code(), id);
            }
        }

        private void cohorts() {
            for (int structure = 0; structure < DemoCatalogue.STRUCTURES.size(); structure++) {
                DemoCatalogue.Structure spec = DemoCatalogue.STRUCTURES.get(structure);
                long site = siteOfStructure.get(structure);
                for (String code : spec.programmes()) {
                    DemoCatalogue.ProgrammeSpec programme = DemoCatalogue.programme(code);
                    for (int schoolYear = currentYear - 1; schoolYear <= currentYear; schoolYear++) {
                        for (int year = 1; year <= years(programme); year++) {
                            long id = insertId(
                                    "insert into referential.cohort (programme_id, site_id, school_year,"
                                            + " programme_year, label, start_date, end_date) values (?, ?, ?, ?, ?, ?,"
                                            + " ?) returning id",
                                    programmeIds.get(code),
                                    site,
                                    schoolYear,
                                    year,
                                    programme.code() + " " + year + "A " + schoolYear + "-" + (schoolYear + 1) + " "
                                            + spec.city(),
                                    LocalDate.of(schoolYear, Month.SEPTEMBER, 1),
                                    LocalDate.of(schoolYear + 1, Month.JUNE, 30));
                            cohorts.put(cohortKey(site, code, schoolYear, year), id);
                        }
                    }
                }
            }
        }

        private int[] apprenticesPerStructure() {
            List<DemoCatalogue.Structure> structures = DemoCatalogue.STRUCTURES;
            int total = structures.stream()
                    .mapToInt(DemoCatalogue.Structure::weight)
                    .sum();
            int[] counts = new int[structures.size()];
            int assigned = 0;
            for (int i = 0; i < counts.length; i++) {
                counts[i] = Math.max(1, (int) Math.round(
                        (double) context.apprentices() * structures.get(i).weight() / total));
                assigned += counts[i];
            }
            counts[0] += context.apprentices() - assigned;
            return counts;
        }

        private void staff(int[] perStructure) {
            SplittableRandom random = context.random("staff");
            staff.put(
                    "NETWORK_ADMIN",
                    insertStaff(random, null, null, StaffFunction.NETWORK_ADMIN, "Responsable de la tête de réseau"));
            Map<Long, Integer> apprenticesOfCfa = new HashMap<>();
            for (int i = 0; i < perStructure.length; i++) {
                apprenticesOfCfa.merge(cfaOfStructure.get(i), perStructure[i], Integer::sum);
            }
            for (Map.Entry<Long, Integer> entry : apprenticesOfCfa.entrySet()) {
                long cfa = entry.getKey();
                for (StaffFunction function : StaffFunction.values()) {
                    if (function == StaffFunction.NETWORK_ADMIN || function == StaffFunction.TRAINER) {
                        continue;
                    }
                    int count = function == StaffFunction.PLACEMENT_ADVISOR || function == StaffFunction.SECRETARIAT
                            ? 2
                            : 1;
                    for (int n = 0; n < count; n++) {
                        long id = insertStaff(random, cfa, null, function, jobTitle(function));
                        staff.putIfAbsent(function.name() + ":" + cfa, id);
                    }
                }
                int trainers = Math.max(4, entry.getValue() / 25);
                long[] ids = new long[trainers];
                for (int n = 0; n < trainers; n++) {
                    ids[n] = insertStaff(random, cfa, null, StaffFunction.TRAINER, "Formateur référent");
                }
                trainersOfCfa.put(cfa, ids);
                jdbc.sql("update referential.programme set lead_staff_id = ? where lead_staff_id is null and id in"
                                + " (select programme_id from referential.cohort c join referential.site s on s.id ="
                                + " c.site_id where s.cfa_id = ?)")
                        .params(staff.get("PROGRAMME_LEAD:" + cfa), cfa)
                        .update();
            }
            context.share(DemoKeys.STAFF, staff);
            context.share(DemoKeys.TRAINERS_OF_CFA, trainersOfCfa);
        }

        private long insertStaff(
                SplittableRandom random, Long cfa, Long site, StaffFunction function, String jobTitle) {
            String sex = random.nextInt(2) == 0 ? "M" : "F";
            String first = context.names().firstName(random, sex);
            String last = context.names().lastName(random);
            return insertId(
                    "insert into referential.staff_member (network_id, cfa_id, site_id, last_name, first_name,"
                            + " email, phone, function, job_title) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
                    network,
                    cfa,
                    site,
                    last,
                    first,
                    slug(first) + "." + slug(last) + random.nextInt(100) + "@btpcfa-idf.fr",
                    "01" + digits(random, 8),
                    function.name(),
                    jobTitle);
        }

        private void employers() {
            new DemoEmployers(context, jdbc).generate(programmeWeightsBySector());
        }

        private Map<String, Integer> programmeWeightsBySector() {
            Map<String, Integer> weights = new LinkedHashMap<>();
            for (DemoCatalogue.ProgrammeSpec spec : DemoCatalogue.PROGRAMMES) {
                weights.merge(spec.sector(), spec.weight(), Integer::sum);
            }
            return weights;
        }

        private void apprentices(int[] perStructure) {
            new DemoApprentices(context, jdbc, network, cfaOfStructure, siteOfStructure, programmeIds, cohorts)
                    .generate(perStructure);
        }

        private long insertId(String sql, Object... params) {
            String statement = sql.contains("returning") ? sql : sql + " returning id";
            return jdbc.sql(statement).params(params).query(Long.class).single();
        }
    }

    static int years(DemoCatalogue.ProgrammeSpec programme) {
        return (programme.months() + 11) / 12;
    }

    static String cohortKey(long site, String programme, int schoolYear, int year) {
        return site + "/" + programme + "/" + schoolYear + "/" + year;
    }

    private static String jobTitle(StaffFunction function) {
        return switch (function) {
            case DIRECTOR -> "Directeur du CFA";
            case PLACEMENT_ADVISOR -> "Conseiller jeunes et entreprises";
            case DEPUTY_PEDAGOGY -> "Adjoint de direction chargé de la pédagogie";
            case DEPUTY_SOCIAL -> "Adjointe socio-éducative";
            case SECRETARIAT -> "Secrétaire pédagogique";
            case DISABILITY_REFERENT -> "Référent handicap";
            case MOBILITY_REFERENT -> "Référent mobilité";
            case QUALITY_MANAGER -> "Responsable qualité";
            case PROGRAMME_LEAD -> "Responsable de formation";
            case ANIMATOR -> "Animateur";
            default -> function.name();
        };
    }

    static String slug(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }

    static String digits(SplittableRandom random, int count) {
        StringBuilder builder = new StringBuilder();
        for (int i = 0; i < count; i++) {
            builder.append(random.nextInt(10));
        }
        return builder.toString();
    }

    static boolean isHigherEducation(DiplomaType type) {
        return type == DiplomaType.LICENCE_PRO
                || type == DiplomaType.BUT
                || type == DiplomaType.MASTER
                || type == DiplomaType.ENGINEER;
    }
}
