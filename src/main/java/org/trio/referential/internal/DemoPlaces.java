package org.trio.referential.internal;

import java.util.List;
import java.util.SplittableRandom;

/** Towns of Île-de-France (post code, INSEE code) and street names for demo addresses. */
final class DemoPlaces {

    record Town(String name, String postCode, String insee) {}

    static final List<Town> TOWNS = List.of(
            new Town("Évry-Courcouronnes", "91000", "91228"),
            new Town("Corbeil-Essonnes", "91100", "91174"),
            new Town("Massy", "91300", "91377"),
            new Town("Brétigny-sur-Orge", "91220", "91103"),
            new Town("Arpajon", "91290", "91021"),
            new Town("Étampes", "91150", "91223"),
            new Town("Melun", "77000", "77288"),
            new Town("Meaux", "77100", "77284"),
            new Town("Provins", "77160", "77379"),
            new Town("Nangis", "77370", "77327"),
            new Town("Chelles", "77500", "77108"),
            new Town("Pontault-Combault", "77340", "77373"),
            new Town("Coulommiers", "77120", "77131"),
            new Town("Cergy", "95000", "95127"),
            new Town("Argenteuil", "95100", "95018"),
            new Town("Ermont", "95120", "95219"),
            new Town("Sarcelles", "95200", "95585"),
            new Town("Pontoise", "95300", "95500"),
            new Town("Goussainville", "95190", "95280"),
            new Town("Montreuil", "93100", "93048"),
            new Town("Saint-Denis", "93200", "93066"),
            new Town("Aulnay-sous-Bois", "93600", "93005"),
            new Town("Noisy-le-Grand", "93160", "93051"),
            new Town("Bobigny", "93000", "93008"),
            new Town("Bondy", "93140", "93010"),
            new Town("Nanterre", "92000", "92050"),
            new Town("Rueil-Malmaison", "92500", "92063"),
            new Town("Colombes", "92700", "92025"),
            new Town("Boulogne-Billancourt", "92100", "92012"),
            new Town("Gennevilliers", "92230", "92036"),
            new Town("Créteil", "94000", "94028"),
            new Town("Vitry-sur-Seine", "94400", "94081"),
            new Town("Champigny-sur-Marne", "94500", "94017"),
            new Town("Arcueil", "94110", "94003"),
            new Town("Versailles", "78000", "78646"),
            new Town("Mantes-la-Jolie", "78200", "78361"),
            new Town("Trappes", "78190", "78621"),
            new Town("Paris 11e", "75011", "75111"),
            new Town("Paris 18e", "75018", "75118"),
            new Town("Paris 20e", "75020", "75120"));

    private static final List<String> STREETS = List.of(
            "rue de la République",
            "avenue Jean Jaurès",
            "rue Victor Hugo",
            "rue Pasteur",
            "rue du Général de Gaulle",
            "avenue de la Gare",
            "rue des Lilas",
            "rue Jules Ferry",
            "boulevard Gambetta",
            "rue de Paris",
            "allée des Tilleuls",
            "rue du Moulin",
            "chemin des Vignes",
            "rue de l'Industrie",
            "avenue Foch",
            "rue Émile Zola",
            "rue des Artisans",
            "zone d'activités des Aulnes",
            "rue Marcel Paul",
            "rue de Verdun");

    private DemoPlaces() {}

    static Town town(SplittableRandom random) {
        return TOWNS.get(random.nextInt(TOWNS.size()));
    }

    static String street(SplittableRandom random) {
        return (1 + random.nextInt(120)) + " " + STREETS.get(random.nextInt(STREETS.size()));
    }
}
