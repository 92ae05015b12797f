/**
 * What apprentices become after their training: for every leaver, the situation 6, 12, 18 and 24 months later
 * (employed — type of contract, job matching the diploma —, further studies, job seeker, other) and the job-search
 * duration, recorded by the CJE or from a survey of former apprentices. Computes the published L6111-8 / InserJeunes
 * rates (obtention, further studies, interruption, employment at 6–24 months, favourable outcome, contract ruptures)
 * for the quality module through its {@link org.trio.quality.IndicatorProvider} SPI.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Devenir des apprentis")
package org.trio.insertion;
