package org.trio.referential.internal;

import java.time.LocalDate;
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

/** Demo employers of the building trades, each with one or two maîtres d'apprentissage. */
final class DemoEmployers {

    private record Trade(List<String> words, List<String> nafs) {}

    private static final Map<String, Trade> TRADES = Map.of(
            "Fluides",
                    new Trade(
                            List.of("Plomberie", "Chauffage", "Thermique", "Génie Climatique"),
                            List.of("4322A", "4322B")),
            "Électricité",
                    new Trade(List.of("Électricité", "Élec Services", "Installations Électriques"), List.of("4321A")),
            "Gros Œuvre",
                    new Trade(
                            List.of("Maçonnerie", "Bâtiment", "Construction", "Couverture"),
                            List.of("4399C", "4120A", "4391B")),
            "Finitions",
                    new Trade(List.of("Peinture", "Plâtrerie", "Décoration", "Revêtements"), List.of("4334Z", "4331Z")),
            "Bois", new Trade(List.of("Menuiserie", "Charpente", "Agencement"), List.of("4332A", "1623Z")),
            "Métaux", new Trade(List.of("Métallerie", "Serrurerie", "Ferronnerie"), List.of("4332B", "2511Z")),
            "Travaux Publics",
                    new Trade(List.of("Travaux Publics", "Terrassement", "Réseaux"), List.of("4221Z", "4312A")),
            "Multi Secteur", new Trade(List.of("Ingénierie", "Construction", "Bâtiment"), List.of("4120B", "7112B")));

    private static final String EMPLOYER_COLUMNS = "id, siret, name, naf, idcc, headcount, employer_type,"
            + " specific_employer, address, post_code, city, commune_insee, contact_name, contact_email, contact_phone";
    private static final String MENTOR_COLUMNS = "id, employer_id, last_name, first_name, birth_date, email, phone,"
            + " job_title, highest_diploma, highest_diploma_level, related_experience_years, training_followed,"
            + " training_date";

    private final DemoContext context;

    DemoEmployers(DemoContext context, JdbcClient jdbc) {
        this.context = context;
    }

    void generate(Map<String, Integer> sectorWeights) {
        SplittableRandom random = context.random("employers");
        int count = Math.max(40, (int) (context.apprentices() * 0.7));
        int totalWeight =
                sectorWeights.values().stream().mapToInt(Integer::intValue).sum();
        long firstEmployer = context.reserveIds("referential.employer", count);
        long nextMentor = context.reserveIds("referential.mentor", count * 2);
        Map<String, List<Long>> bySector = new LinkedHashMap<>();
        Map<Long, long[]> mentorsOf = new HashMap<>();
        List<Object[]> employers = new ArrayList<>();
        List<Object[]> mentors = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = firstEmployer + i;
            String sector = pick(sectorWeights, totalWeight, random);
            bySector.computeIfAbsent(sector, key -> new ArrayList<>()).add(id);
            employers.add(employer(id, sector, random));
            int mentorCount = random.nextInt(10) < 7 ? 1 : 2;
            long[] ids = new long[mentorCount];
            for (int m = 0; m < mentorCount; m++) {
                ids[m] = nextMentor++;
                mentors.add(mentor(ids[m], id, sector, random));
            }
            mentorsOf.put(id, ids);
            if (employers.size() == 20_000) {
                flush(employers, mentors);
            }
        }
        flush(employers, mentors);
        context.syncIdentity("referential.employer");
        context.syncIdentity("referential.mentor");
        Map<String, long[]> shared = new LinkedHashMap<>();
        bySector.forEach((sector, ids) ->
                shared.put(sector, ids.stream().mapToLong(Long::longValue).toArray()));
        context.share(DemoKeys.EMPLOYERS_BY_SECTOR, shared);
        context.share(DemoKeys.MENTORS_OF_EMPLOYER, mentorsOf);
    }

    private void flush(List<Object[]> employers, List<Object[]> mentors) {
        context.copy("referential.employer", EMPLOYER_COLUMNS, employers);
        context.copy("referential.mentor", MENTOR_COLUMNS, mentors);
        employers.clear();
        mentors.clear();
    }

    private Object[] employer(long id, String sector, SplittableRandom random) {
        Trade trade = TRADES.get(sector);
        String owner = context.names().lastName(random);
        String word = trade.words().get(random.nextInt(trade.words().size()));
        int size = random.nextInt(100);
        int headcount = size < 60
                ? 1 + random.nextInt(9)
                : size < 85
                        ? 10 + random.nextInt(40)
                        : size < 95 ? 50 + random.nextInt(200) : 250 + random.nextInt(2000);
        int kind = random.nextInt(100);
        String type = kind < 60 ? "11" : kind < 95 ? "12" : kind < 98 ? "22" : "15";
        DemoPlaces.Town town = DemoPlaces.town(random);
        String name = switch (type) {
            case "22" -> "Commune de " + town.name() + " – services techniques";
            case "15" -> "Association " + word + " Solidaire " + town.name();
            default ->
                switch (random.nextInt(5)) {
                    case 0 -> word + " " + owner;
                    case 1 -> owner + " " + word;
                    case 2 -> "SARL " + owner + " et Fils";
                    case 3 -> owner + " " + word + (headcount >= 250 ? " SA" : " SAS");
                    default -> "Entreprise " + owner;
                };
        };
        String idcc = sector.equals("Travaux Publics") ? "1702" : headcount <= 10 ? "1597" : "1596";
        String contactFirst = context.names().firstName(random, random.nextInt(3) == 0 ? "F" : "M");
        return new Object[] {
            id,
            DemoIdentifiers.siret(random),
            name,
            trade.nafs().get(random.nextInt(trade.nafs().size())),
            type.startsWith("2") ? "9999" : idcc,
            headcount,
            type,
            "0",
            DemoPlaces.street(random),
            town.postCode(),
            town.name(),
            town.insee(),
            contactFirst + " " + owner,
            ReferentialDemoData.slug(contactFirst) + "." + ReferentialDemoData.slug(owner) + "@"
                    + ReferentialDemoData.slug(owner) + "-" + id + ".fr",
            "01" + ReferentialDemoData.digits(random, 8)
        };
    }

    private Object[] mentor(long id, long employer, String sector, SplittableRandom random) {
        String sex = random.nextInt(10) == 0 ? "F" : "M";
        String first = context.names().firstName(random, sex);
        String last = context.names().lastName(random);
        int age = 25 + random.nextInt(38);
        int roll = random.nextInt(100);
        int level = roll < 45 ? 3 : roll < 80 ? 4 : roll < 95 ? 5 : 6;
        String diploma = switch (level) {
            case 3 -> "33";
            case 4 -> random.nextBoolean() ? "49" : "41";
            case 5 -> "54";
            default -> "62";
        };
        boolean trained = random.nextInt(10) < 3;
        LocalDate today = context.today();
        return new Object[] {
            id,
            employer,
            last,
            first,
            today.minusYears(age).minusDays(random.nextInt(365)),
            ReferentialDemoData.slug(first) + "." + ReferentialDemoData.slug(last) + id + "@entreprise.fr",
            DemoIdentifiers.mobile(random),
            jobTitle(sector, random),
            diploma,
            level,
            2 + random.nextInt(Math.max(1, age - 22)),
            trained ? "Formation maître d'apprentissage (MAC) – CCCA-BTP" : null,
            trained ? today.minusDays(60 + random.nextInt(1500)) : null
        };
    }

    private static String jobTitle(String sector, SplittableRandom random) {
        List<String> titles = switch (sector) {
            case "Fluides" -> List.of("Chef d'équipe plombier-chauffagiste", "Plombier-chauffagiste", "Gérant");
            case "Électricité" -> List.of("Électricien chef d'équipe", "Chef de chantier", "Gérant");
            case "Bois" -> List.of("Menuisier", "Chef d'atelier", "Charpentier");
            case "Métaux" -> List.of("Métallier", "Chef d'atelier", "Serrurier");
            case "Finitions" -> List.of("Peintre chef d'équipe", "Plâtrier", "Gérant");
            default -> List.of("Chef de chantier", "Conducteur de travaux", "Maçon chef d'équipe", "Gérant");
        };
        return titles.get(random.nextInt(titles.size()));
    }

    static String pick(Map<String, Integer> weights, int total, SplittableRandom random) {
        int roll = random.nextInt(total);
        for (Map.Entry<String, Integer> entry : weights.entrySet()) {
            roll -= entry.getValue();
            if (roll < 0) {
                return entry.getKey();
            }
        }
        return weights.keySet().iterator().next();
    }
}
