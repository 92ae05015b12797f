/**
 * Early warning and the handling of each situation before it becomes a rupture (lifecycle §7, seed "chaîne de recueil
 * et de transmission de l'information"): the calendar of calls to companies from each contract's signature, signals
 * raised by people and by Trio's own rules and routed to the people who must know, an explainable risk score that a
 * person reviews, situations triaged by the ADCP, the ASE and the CJE with their actions and written reports, the
 * regular situation point and the direction's dashboard.
 *
 * <p>Every signal, whoever raises it, goes through {@link org.trio.warning.WarningManagement#raiseSignal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alertes et situations")
package org.trio.warning;
