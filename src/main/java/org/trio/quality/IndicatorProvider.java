package org.trio.quality;

import java.util.List;

/**
 * Implemented by every module that computes figures of the per-programme indicator page and of the conseil de
 * perfectionnement dashboard (attendance: completion and absenteeism; visits: visits on time; insertion: L6111-8
 * rates; …). Keys are those of {@link IndicatorKeys}; a module returns only the keys it knows, and a key nobody returns
 * is shown as "non disponible".
 */
public interface IndicatorProvider {

    List<IndicatorValue> indicators(IndicatorScope scope);
}
