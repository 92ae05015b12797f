package org.trio.contract.internal;

import java.util.List;
import java.util.Map;

/**
 * The code lists of the national formats Trio speaks: CERFA FA13 (contract and amendment types, derogations, mode
 * contractuel, situation before the contract) and SIFA (SIT_N_1, DIP_OBT). Labels are the message keys
 * {@code code.<list>.<code>} of {@code i18n/contract.properties}.
 */
final class CodeLists {

    static final List<String> CONTRACT_TYPES = List.of("11", "21", "22", "23");
    static final List<String> AMENDMENT_TYPES = List.of("31", "32", "33", "34", "35", "36", "37");
    static final List<String> DEROGATIONS = List.of("11", "12", "21", "22", "50", "60");
    static final List<String> CONTRACT_MODES = List.of("1", "2", "3", "4");
    static final List<String> SITUATIONS_BEFORE_CONTRACT =
            List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
    static final List<String> DIPLOMAS_HELD =
            List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "99");
    static final List<String> PREVIOUS_SITUATIONS = List.of(
            "1003", "1005", "1009", "1017", "1019", "1021", "1023", "2001", "2003", "2005", "2007", "3001", "3003",
            "3009", "3011", "3031", "3032", "3033", "3021", "3023", "3101", "3103", "3109", "3111", "3131", "3132",
            "3133", "3117", "3119", "3121", "3123", "4001", "4003", "4005", "4007", "4009", "4011", "4013", "4015",
            "4017", "4019", "4021", "4023", "4025", "4027", "4101", "4103", "4105", "4107", "4111", "4113", "4115",
            "4117", "4119", "4121", "4123", "4125", "4127", "5901", "5903", "5905", "5907", "5909", "9900", "9999");
    /** SIT_N_1 codes of pupils who finished collège (a 3ème): they may sign at 15. */
    static final List<String> COLLEGE_COMPLETED = List.of("1021", "1023");

    static final Map<String, List<String>> ALL = Map.of(
            "contractType", CONTRACT_TYPES,
            "amendmentType", AMENDMENT_TYPES,
            "derogation", DEROGATIONS,
            "contractMode", CONTRACT_MODES,
            "situationBeforeContract", SITUATIONS_BEFORE_CONTRACT,
            "diplomaHeld", DIPLOMAS_HELD,
            "previousSituation", PREVIOUS_SITUATIONS);

    private CodeLists() {}

    static boolean isValid(String list, String code) {
        return code == null || code.isBlank() || ALL.get(list).contains(code.strip());
    }

    static String key(String list, String code) {
        return "code." + list + "." + code;
    }
}
