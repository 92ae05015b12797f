package org.trio.exchange.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the 62 columns in a file's header line, whatever their order, case or {@code *} marks. A missing column is an
 * error naming it (and, when another name stands at its place in the template, saying it was probably renamed); an
 * unknown column is a warning (it is ignored).
 */
record TdbHeader(Map<TdbColumn, Integer> indexes, List<ImportIssue> issues) {

    static TdbHeader read(int rowNumber, List<String> cells) {
        Map<TdbColumn, Integer> indexes = new EnumMap<>(TdbColumn.class);
        List<ImportIssue> issues = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (TdbRowParser.clean(cell).isEmpty()) {
                continue;
            }
            Optional<TdbColumn> column = TdbColumn.ofHeader(cell);
            if (column.isEmpty()) {
                unknown.add(TdbColumn.letter(i));
                continue;
            }
            if (indexes.containsKey(column.get())) {
                issues.add(ImportIssue.error(
                        rowNumber,
                        null,
                        cell,
                        "la colonne « " + column.get().fieldName() + " » apparaît deux fois (colonnes "
                                + TdbColumn.letter(indexes.get(column.get())) + " et " + TdbColumn.letter(i) + ")"));
                continue;
            }
            indexes.put(column.get(), i);
        }
        if (indexes.isEmpty()) {
            issues.add(ImportIssue.error(
                    rowNumber,
                    null,
                    cells.isEmpty() ? "" : TdbRowParser.clean(cells.get(0)),
                    "la première ligne n'est pas l'en-tête du modèle de téléversement du tableau de bord (attendu :"
                            + " nom_apprenant, prenom_apprenant, … 62 colonnes)"));
            return new TdbHeader(indexes, issues);
        }
        for (TdbColumn column : TdbColumn.values()) {
            if (indexes.containsKey(column)) {
                continue;
            }
            int position = column.ordinal();
            String atPosition = position < cells.size() ? TdbRowParser.clean(cells.get(position)) : "";
            if (!atPosition.isEmpty() && TdbColumn.ofHeader(atPosition).isEmpty()) {
                issues.add(ImportIssue.error(
                        rowNumber,
                        column,
                        atPosition,
                        "colonne renommée ? « " + atPosition + " » au lieu de « " + column.header()
                                + " » : reprenez le nom du modèle"));
            } else {
                issues.add(ImportIssue.error(
                        rowNumber,
                        column,
                        "",
                        "colonne « " + column.header() + " » absente de l'en-tête : ajoutez-la (vide si besoin)"));
            }
        }
        for (String letter : unknown) {
            int index = columnIndex(letter);
            String name = TdbRowParser.clean(cells.get(index));
            boolean reported = issues.stream().anyMatch(issue -> issue.value().equals(name));
            if (!reported) {
                issues.add(ImportIssue.warning(
                        rowNumber, null, name, "colonne " + letter + " inconnue du modèle, ignorée"));
            }
        }
        return new TdbHeader(indexes, issues);
    }

    boolean ok() {
        return issues.stream().noneMatch(ImportIssue::isError);
    }

    private static int columnIndex(String letters) {
        int index = 0;
        for (char c : letters.toCharArray()) {
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }
}
