package org.trio.warning.internal;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.trio.warning.SignalCategory;
import org.trio.warning.SignalOrigin;

/** French phrases of the demo: what people write in signals, calls, assessments and reports. Fictional. */
final class DemoPhrases {

    private DemoPhrases() {}

    static final Map<SignalCategory, List<String>> SUMMARIES = Map.of(
            SignalCategory.ABSENCES,
            List.of(
                    "Trois absences injustifiées au CFA en deux semaines",
                    "Absent le lundi matin à plusieurs reprises, sans justificatif",
                    "Retards répétés et une absence non justifiée cette semaine"),
            SignalCategory.COMPANY_CONFLICT,
            List.of(
                    "Le maître d'apprentissage signale des retards et un désaccord sur les horaires",
                    "Tension avec le chef d'équipe sur le chantier, l'apprenti parle d'arrêter",
                    "L'entreprise reproche un manque de respect des consignes de sécurité",
                    "L'apprenti dit être cantonné au nettoyage et se sent dévalorisé"),
            SignalCategory.BEHAVIOUR,
            List.of(
                    "Attitude désinvolte en atelier, refus de porter les équipements",
                    "Comportement inadapté en cours d'enseignement général",
                    "Manque de ponctualité et de politesse relevé par plusieurs formateurs"),
            SignalCategory.PEDAGOGY,
            List.of(
                    "Résultats en forte baisse en enseignement général",
                    "Difficultés en lecture des plans, décroche en technologie",
                    "Bloqué sur les bases en mathématiques, découragé"),
            SignalCategory.ORIENTATION,
            List.of(
                    "Doute sur son choix de métier évoqué à l'heure de guidance",
                    "Pense se réorienter vers une autre formation",
                    "Le métier ne correspond pas à l'idée qu'il s'en faisait"),
            SignalCategory.SOCIAL,
            List.of(
                    "Difficultés de logement évoquées lors de l'heure de guidance",
                    "Problème de transport pour rejoindre l'entreprise",
                    "Situation familiale difficile, demande à rencontrer l'ASE"),
            SignalCategory.OTHER,
            List.of(
                    "Fatigue et démotivation remarquées par le formateur référent",
                    "Ne répond plus aux messages du CFA"));

    static final List<String> DETAILS = List.of(
            "Constat fait lors de l'heure de guidance du lundi, en petit groupe.",
            "Échange téléphonique avec le maître d'apprentissage, qui souhaite une rencontre.",
            "Plusieurs formateurs font le même constat depuis la rentrée.",
            "L'apprenti en a parlé spontanément en fin de cours.");

    static final List<String> CALL_OUTCOMES = List.of(
            "Tout se passe bien ; le maître d'apprentissage est satisfait de la ponctualité et de l'implication.",
            "Intégration correcte, l'apprenti progresse sur les chantiers. Rien à signaler.",
            "Quelques retards en début de mois, réglés après discussion avec le maître.",
            "Entreprise satisfaite ; souhaite accueillir un second apprenti l'an prochain.",
            "Maître d'apprentissage absent, message laissé ; rappel prévu.",
            "Bon retour de l'entreprise, le livret est tenu à jour.");

    static final List<String> ASSESSMENTS = List.of(
            "Difficulté réelle mais récente ; l'apprenti reste motivé. À suivre avec le formateur référent.",
            "Risque de rupture sérieux : relation dégradée avec l'entreprise. Une visite s'impose rapidement.",
            "Décrochage en formation lié à un doute sur le métier ; entretien avec la famille à organiser.",
            "Situation à surveiller ; pas d'action lourde pour l'instant, point au prochain conseil.");

    /** What is to be done, in the order of {@link SituationAction.Kind}'s first four kinds. */
    static final List<String> ACTION_DESCRIPTIONS = List.of(
            "Rencontrer l'apprenti et ses représentants légaux pour faire le point",
            "Appeler la famille pour l'informer et recueillir son avis",
            "Visiter l'entreprise avec l'apprenti et le maître d'apprentissage",
            "Réunir les formateurs de la classe pour un plan d'accompagnement");

    /** Reports of the actions, in the order of {@link SituationAction.Kind}'s first four kinds. */
    static final List<String> REPORTS = List.of(
            "Entretien mené avec l'apprenti et sa mère. Les retards s'expliquent par un problème de transport ; une"
                    + " solution a été trouvée. Engagement de ponctualité pris, point dans un mois.",
            "Appel à la famille : les parents confirment la démotivation ; un entretien d'orientation est proposé.",
            "Visite faite en présence du maître d'apprentissage. Les attentes de l'entreprise ont été reformulées,"
                    + " l'apprenti a compris les consignes de sécurité. Relation apaisée.",
            "Réunion des formateurs : soutien en mathématiques deux fois par semaine, livret suivi de près.");

    static final List<String> CLOSING_NOTES = List.of(
            "Situation rétablie après les actions menées ; le contrat se poursuit.",
            "Malgré l'accompagnement, la rupture a été actée ; suivi comme stagiaire de la formation professionnelle.",
            "Réorientation vers une autre formation décidée avec la famille.");

    static SignalOrigin origin(SignalCategory category, SplittableRandom random) {
        return switch (category) {
            case COMPANY_CONFLICT -> random.nextBoolean() ? SignalOrigin.COMPANY_CALL : SignalOrigin.MENTOR;
            case SOCIAL, ORIENTATION -> random.nextBoolean() ? SignalOrigin.TRAINER : SignalOrigin.APPRENTICE;
            default -> random.nextInt(3) == 0 ? SignalOrigin.STAFF : SignalOrigin.TRAINER;
        };
    }

    static <T> T pick(List<T> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }
}
