package org.trio.exchange.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SIFA instructions of the survey of 31 December 2024 as the tests know them, written from the text independently
 * of Trio's code: the file's 47 variables with their length and whether they are required (section "Structure du
 * fichier : en vigueur à partir de la remontée au 31/12/2023", pages 9 to 11) and the code lists of "Les
 * nomenclatures et formats utilisés" (pages 12 to 27). {@link #read} reads the same tables from the instructions' text
 * when the project's reference documents are present, so that a test can check this transcription against them.
 */
record SifaInstructions(List<Variable> variables, Map<String, Set<String>> codes) {

    record Variable(String name, boolean required, int length) {}

    /** Where the reference documents are kept, next to the project. */
    static final Path TEXT = Path.of("src", "test", "resources", "exchange", "sifa-instructions-31122024.txt");

    /** The transcription. */
    static SifaInstructions written() {
        List<Variable> variables = List.of(
                new Variable("INE_RNIE", false, 11),
                new Variable("NUMERO_UAI", true, 8),
                new Variable("TYPE_CFA", true, 2),
                new Variable("SIT_FORM", true, 8),
                new Variable("UAI_EPLE", true, 8),
                new Variable("NAT_STR_JUR", true, 9),
                new Variable("STATUT", true, 6),
                new Variable("DIPLOME", true, 8),
                new Variable("RNCP", false, 10),
                new Variable("DUR_FORM_THEO", true, 2),
                new Variable("DUR_FORM_REELLE", true, 3),
                new Variable("AN_FORM", true, 2),
                new Variable("NOM", true, 100),
                new Variable("NOM2", false, 100),
                new Variable("PRENOM1", true, 100),
                new Variable("PRENOM2", false, 100),
                new Variable("PRENOM3", false, 100),
                new Variable("ADRESSE", true, 200),
                new Variable("COD_POST", false, 5),
                new Variable("COM_RESID", false, 5),
                new Variable("TEL_JEUNE", false, 20),
                new Variable("TEL_RESP1_PERSO", false, 20),
                new Variable("TEL_RESP1_PRO", false, 20),
                new Variable("TEL_RESP2_PERSO", false, 20),
                new Variable("TEL_RESP2_PRO", false, 20),
                new Variable("MAIL_JEUNE", false, 80),
                new Variable("MAIL_RESP1", false, 80),
                new Variable("MAIL_RESP2", false, 80),
                new Variable("DATE_NAIS", true, 8),
                new Variable("LIEU_NAIS", true, 5),
                new Variable("SEXE", true, 1),
                new Variable("REGIME_SCO", false, 2),
                new Variable("PCS", false, 2),
                new Variable("HANDI", false, 1),
                new Variable("NATIO", false, 1),
                new Variable("SIT_AV_APP", false, 2),
                new Variable("DIP_OBT", false, 2),
                new Variable("SIT_N_1", true, 4),
                new Variable("ETAB_N_1", true, 8),
                new Variable("TYPE_EMP", false, 2),
                new Variable("DATE_ENTREE_CFA", false, 8),
                new Variable("DATE_DEB_CONT", false, 8),
                new Variable("DATE_RUPT_CONT", false, 8),
                new Variable("COM_ETAB", false, 5),
                new Variable("NAF_ETAB", false, 5),
                new Variable("NBSAL_EMP", false, 8),
                new Variable("SIRET_EMP", false, 14));
        Map<String, Set<String>> codes = new LinkedHashMap<>();
        codes.put("TYPE_CFA", Set.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10"));
        codes.put("NAT_STR_JUR", Set.of("CFA", "SA", "UFA", "L. 6231-3", "NC"));
        codes.put("STATUT", Set.of("APP"));
        codes.put("AN_FORM", Set.of("1A", "1P", "2A", "2P", "3A", "3P", "4A", "4P", "5A", "5P", "6A", "6P"));
        codes.put("SEXE", Set.of("1", "2"));
        codes.put("REGIME_SCO", Set.of("I", "D", "E", "IE"));
        codes.put(
                "PCS",
                Set.of(
                        "10", "21", "22", "23", "31", "33", "34", "35", "37", "38", "42", "43", "44", "45", "46", "47",
                        "48", "52", "53", "54", "55", "56", "61", "66", "69", "71", "72", "73", "76", "81", "82",
                        "99"));
        codes.put("HANDI", Set.of("0", "1"));
        codes.put("NATIO", Set.of("1", "2", "3", "9"));
        codes.put("SIT_AV_APP", Set.of("11", "12", "21", "31", "41", "51", "52", "53", "54", "90", "99"));
        codes.put(
                "DIP_OBT",
                Set.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "99"));
        codes.put(
                "SIT_N_1",
                Set.of(
                        "1003", "1005", "1009", "1017", "1019", "1021", "1023", "2001", "2003", "2005", "2007", "3001",
                        "3003", "3009", "3011", "3021", "3023", "3031", "3032", "3033", "3101", "3103", "3109", "3111",
                        "3117", "3119", "3121", "3123", "3131", "3132", "3133", "4001", "4003", "4005", "4007", "4009",
                        "4011", "4013", "4015", "4017", "4019", "4021", "4023", "4025", "4027", "4101", "4103", "4105",
                        "4107", "4111", "4113", "4115", "4117", "4119", "4121", "4123", "4125", "4127", "5901", "5903",
                        "5905", "5907", "5909", "9900", "9999"));
        codes.put(
                "TYPE_EMP",
                Set.of("11", "12", "13", "14", "15", "16", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30"));
        return new SifaInstructions(variables, codes);
    }

    /** The same tables read from the instructions' text, when it is there. */
    static Optional<SifaInstructions> read() throws IOException {
        if (!Files.isRegularFile(TEXT)) {
            return Optional.empty();
        }
        String text = Files.readString(TEXT, StandardCharsets.UTF_8);
        int start = text.lastIndexOf("Structure du fichier : en vigueur");
        String structure = text.substring(start, text.indexOf("LES NOMENCLATURES ET FORMATS UTILISES", start));
        List<Variable> variables = new ArrayList<>();
        Matcher row = Pattern.compile("^\\s*([A-Z][A-Z0-9_ ]*?[A-Z0-9])\\s+(X\\s+)?Texte\\s+(\\d+)", Pattern.MULTILINE)
                .matcher(structure);
        while (row.find()) {
            variables.add(
                    new Variable(row.group(1).replace(" ", ""), row.group(2) != null, Integer.parseInt(row.group(3))));
        }
        String body = text.substring(
                text.lastIndexOf("LES NOMENCLATURES ET FORMATS UTILISES"),
                text.lastIndexOf("Liste des contrôles effectués"));
        Map<String, Set<String>> codes = new LinkedHashMap<>();
        codes.put("TYPE_CFA", codes(body, "(TYPE_CFA)", "(UAI_EPLE)", "^\\s*(\\d{2})(?:\\s|$)"));
        codes.put("NAT_STR_JUR", codes(body, "(NAT_STR_JUR)", "(STATUT)", "^\\s+(CFA|SA|UFA|L\\. 6231-3|NC)\\s"));
        codes.put("STATUT", codes(body, "(STATUT)", "(DIPLOME)", "^\\s+(APP)\\s{2,}"));
        codes.put("AN_FORM", codes(body, "(AN_FORM)", "(NOM et NOM2)", "^\\s+([1-6][AP])\\s{2,}"));
        codes.put("SEXE", codes(body, "(SEXE)", "(REGIME_SCO)", "^\\s+([12])\\s{2,}\\S"));
        codes.put("REGIME_SCO", codes(body, "(REGIME_SCO)", "(PCS)", "^\\s+(IE|I|D|E)\\s{2,}\\S"));
        codes.put("PCS", codes(body, "(PCS)", "(HANDI)", "^\\s+(\\d{2})\\s{2,}\\S"));
        codes.put("HANDI", codes(body, "(HANDI)", "(NATIO)", "^\\s+([01])\\s{2,}(?:NON|OUI)"));
        codes.put("NATIO", codes(body, "(NATIO)", "(SIT_AV_APP)", "^\\s+(\\d)\\s{2,}[A-Z]"));
        codes.put("SIT_AV_APP", codes(body, "(SIT_AV_APP)", "(DIP_OBT)", "^\\s+(\\d{2})\\s{2,}\\S"));
        codes.put("DIP_OBT", codes(body, "(DIP_OBT)", "(SIT_N_1)", "^\\s+(\\d{2})\\s{2,}\\S"));
        String situations = section(body, "(SIT_N_1)", "(ETAB_N_1)");
        Set<String> sitN1 = new LinkedHashSet<>();
        for (String line : situations.split("\\R")) {
            if (line.contains("cembre") || line.contains("SIFA")) {
                continue; // page headers and footers: "Décembre 2024", "SIFA 31/12/2024"
            }
            Matcher code = Pattern.compile("(?<![\\d/])(\\d{4})(?![\\d/])").matcher(line);
            while (code.find()) {
                sitN1.add(code.group(1));
            }
        }
        codes.put("SIT_N_1", sitN1);
        codes.put("TYPE_EMP", codes(body, "(TYPE_EMP)", "(DATE_ENTREE_CFA)", "^\\s+(\\d{2})(?:\\s|$)"));
        return Optional.of(new SifaInstructions(variables, codes));
    }

    private static String section(String body, String heading, String next) {
        int start = body.indexOf(heading);
        return body.substring(start, body.indexOf(next, start + heading.length()));
    }

    private static Set<String> codes(String body, String heading, String next, String regex) {
        Set<String> codes = new LinkedHashSet<>();
        Matcher matcher = Pattern.compile(regex, Pattern.MULTILINE).matcher(section(body, heading, next));
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    Variable variable(String name) {
        return variables.stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }
}
