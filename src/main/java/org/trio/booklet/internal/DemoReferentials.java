package org.trio.booklet.internal;

import java.util.List;
import java.util.Map;

/**
 * Competency referentials of a few building-trade diplomas of the demo network, by diploma code (CFD): blocks and
 * competencies written after the diplomas' professional referentials, shortened for the demonstration.
 */
final class DemoReferentials {

    private DemoReferentials() {}

    private static CompetencyFile.Block block(String code, String title, String... competencies) {
        List<CompetencyFile.Item> items = new java.util.ArrayList<>();
        for (int i = 0; i < competencies.length; i++) {
            items.add(new CompetencyFile.Item(code.replace("B", "C") + "." + (i + 1), competencies[i]));
        }
        return new CompetencyFile.Block(code, title, items);
    }

    /** CAP Monteur en installations sanitaires. */
    static final List<CompetencyFile.Block> CAP_MIS = List.of(
            block(
                    "B1",
                    "Préparer son intervention",
                    "Prendre connaissance du dossier, des plans et des consignes du chantier",
                    "Réceptionner et contrôler les matériels et les matériaux",
                    "Organiser son poste de travail en sécurité (EPI, balisage, rangement)"),
            block(
                    "B2",
                    "Réaliser une installation sanitaire",
                    "Implanter et tracer les réseaux et les appareils",
                    "Façonner et assembler les tubes cuivre, PER, multicouche et PVC",
                    "Poser et raccorder les appareils sanitaires et la robinetterie",
                    "Réaliser les évacuations des eaux usées et des eaux vannes",
                    "Raccorder un chauffe-eau et ses organes de sécurité"),
            block(
                    "B3",
                    "Mettre en service et rendre compte",
                    "Réaliser les essais d'étanchéité et de fonctionnement",
                    "Mettre en service l'installation et la régler",
                    "Rendre compte de son intervention au client et à sa hiérarchie"));

    /** CAP Maçon. */
    static final List<CompetencyFile.Block> CAP_MACON = List.of(
            block(
                    "B1",
                    "Préparer et organiser",
                    "Lire un plan et un descriptif d'ouvrage",
                    "Quantifier les matériaux et préparer les mortiers et bétons",
                    "Installer et sécuriser son poste de travail (échafaudage, garde-corps)"),
            block(
                    "B2",
                    "Réaliser des ouvrages",
                    "Implanter un ouvrage simple",
                    "Réaliser des fondations et des soubassements",
                    "Monter des murs en blocs béton et en briques",
                    "Coffrer, ferrailler et couler des éléments en béton armé",
                    "Réaliser des enduits et des chapes"),
            block(
                    "B3",
                    "Communiquer et travailler en équipe",
                    "Appliquer les règles de prévention du chantier",
                    "Rendre compte de l'avancement et des aléas"));

    /** BP Monteur en installations du génie climatique et sanitaire. */
    static final List<CompetencyFile.Block> BP_MIGCS = List.of(
            block(
                    "B1",
                    "Étudier et préparer une installation",
                    "Analyser le dossier technique d'une installation thermique et sanitaire",
                    "Dimensionner des réseaux et choisir les équipements",
                    "Établir un métré et une liste de matériel"),
            block(
                    "B2",
                    "Réaliser des installations",
                    "Réaliser une installation de chauffage à eau chaude",
                    "Réaliser une installation sanitaire collective",
                    "Raccorder une installation gaz et une chaudière",
                    "Poser une pompe à chaleur et ses liaisons frigorifiques"),
            block(
                    "B3",
                    "Mettre en service, régler et maintenir",
                    "Mettre en service et régler une installation (équilibrage, combustion)",
                    "Diagnostiquer un dysfonctionnement et y remédier",
                    "Manipuler les fluides frigorigènes dans le respect de la réglementation"),
            block(
                    "B4",
                    "Organiser le chantier et communiquer",
                    "Organiser le travail d'une petite équipe",
                    "Conseiller le client et lui expliquer l'utilisation de l'installation"));

    /** BTS Fluides, énergies, domotique, option A génie climatique et fluidique. */
    static final List<CompetencyFile.Block> BTS_FED_A = List.of(
            block(
                    "B1",
                    "Analyser et concevoir",
                    "Réaliser un bilan thermique et un bilan des besoins",
                    "Dimensionner les réseaux hydrauliques et aérauliques",
                    "Choisir les solutions techniques et les justifier (performance énergétique)"),
            block(
                    "B2",
                    "Conduire la réalisation",
                    "Planifier et suivre un chantier de génie climatique",
                    "Piloter la mise en service et les essais",
                    "Contrôler la conformité et la qualité des ouvrages"),
            block(
                    "B3",
                    "Maintenir et optimiser",
                    "Établir un plan de maintenance",
                    "Diagnostiquer et optimiser les consommations d'énergie",
                    "Exploiter une gestion technique du bâtiment"),
            block(
                    "B4",
                    "Communiquer et gérer",
                    "Rédiger les documents techniques et les comptes rendus",
                    "Animer une réunion et communiquer avec le client et les corps d'état"));

    static final Map<String, List<CompetencyFile.Block>> BY_CFD = Map.of(
            "50023324", CAP_MIS,
            "50023217", CAP_MACON,
            "45022709", BP_MIGCS,
            "32022709", BTS_FED_A);
}
