package org.trio.booklet.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trio.platform.spreadsheet.SheetRow;
import org.trio.platform.spreadsheet.SpreadsheetException;

/**
 * Reads a competency referential from the rows of a spreadsheet: a header line naming the columns "Code bloc",
 * "Bloc", "Code compétence" and "Compétence" (in any order, accents and case ignored), then one competency per line.
 * Every problem is refused with a French message naming the sheet, the line and the cell.
 */
final class CompetencyFile {

    static final int MAX_CODE = 20;
    static final int MAX_BLOCK_TITLE = 300;
    static final int MAX_TITLE = 500;

    /** A block of competencies, in the order of the file. */
    record Block(String code, String title, List<Item> competencies) {}

    /** A competency, in the order of the file. */
    record Item(String code, String title) {}

    private static final Map<String, String> HEADERS = Map.of(
            "code bloc", "blockCode",
            "bloc", "blockTitle",
            "code competence", "code",
            "competence", "title");

    private CompetencyFile() {}

    static List<Block> parse(List<SheetRow> rows) {
        if (rows.isEmpty()) {
            throw new SpreadsheetException("Le fichier ne contient aucune ligne : la première ligne doit nommer les"
                    + " colonnes « Code bloc », « Bloc », « Code compétence » et « Compétence ».");
        }
        SheetRow header = rows.get(0);
        Map<String, Integer> columns = new HashMap<>();
        for (int column = 0; column < header.values().size(); column++) {
            String field = HEADERS.get(normalise(header.value(column)));
            if (field != null) {
                columns.putIfAbsent(field, column);
            }
        }
        for (String expected : List.of("blockCode", "blockTitle", "code", "title")) {
            if (!columns.containsKey(expected)) {
                throw header.error("la colonne « " + label(expected) + " » est absente de la ligne"
                        + " d'en-tête (attendu : Code bloc, Bloc, Code compétence, Compétence).");
            }
        }
        Map<String, Block> blocks = new LinkedHashMap<>();
        Map<String, Integer> codes = new HashMap<>();
        for (SheetRow row : rows.subList(1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            String blockCode = required(row, columns.get("blockCode"), "le code du bloc", MAX_CODE);
            String blockTitle = required(row, columns.get("blockTitle"), "l'intitulé du bloc", MAX_BLOCK_TITLE);
            String code = required(row, columns.get("code"), "le code de la compétence", MAX_CODE);
            String title = required(row, columns.get("title"), "l'intitulé de la compétence", MAX_TITLE);
            Integer first = codes.putIfAbsent(code.toUpperCase(Locale.ROOT), row.number());
            if (first != null) {
                throw row.error(
                        columns.get("code"),
                        "le code de compétence « " + code + " » est déjà utilisé à la" + " ligne " + first + ".");
            }
            Block block = blocks.computeIfAbsent(blockCode, key -> new Block(key, blockTitle, new ArrayList<>()));
            if (!block.title().equals(blockTitle)) {
                throw row.error(
                        columns.get("blockTitle"),
                        "le bloc « " + blockCode + " » porte déjà l'intitulé « " + block.title()
                                + " » plus haut dans le fichier.");
            }
            block.competencies().add(new Item(code, title));
        }
        if (blocks.isEmpty()) {
            throw header.error("aucune compétence sous la ligne d'en-tête.");
        }
        return List.copyOf(blocks.values());
    }

    private static String required(SheetRow row, int column, String what, int max) {
        String value = row.value(column);
        if (value.isEmpty()) {
            throw row.error(column, what + " est obligatoire.");
        }
        if (value.length() > max) {
            throw row.error(column, what + " dépasse " + max + " caractères (" + value.length() + ").");
        }
        return value;
    }

    private static String label(String field) {
        return switch (field) {
            case "blockCode" -> "Code bloc";
            case "blockTitle" -> "Bloc";
            case "code" -> "Code compétence";
            default -> "Compétence";
        };
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z]+", " ")
                .strip();
    }
}
