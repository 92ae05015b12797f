/**
 * Company visits: the visit policy (dated rules per programme) and the visits each contract is due, their scheduling
 * (on site, by video or phone), the list of overdue visits, the visit report shared with the trio for comments and
 * acknowledgement, and the actions decided, followed until closed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Visites en entreprise")
package org.trio.visit;
