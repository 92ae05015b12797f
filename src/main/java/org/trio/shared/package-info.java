/**
 * Shared kernel: value types every module speaks (identifiers of the national nomenclatures, school years, date
 * ranges) and the validation rules behind them. Plain Java, no Spring beans.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Noyau partagé")
package org.trio.shared;
