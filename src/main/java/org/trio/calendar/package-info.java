/**
 * The alternance calendar: for each cohort, and adjusted for each contract, the periods at the CFA, in the company,
 * of exams, holidays and telework. Attendance, the legal trial period (45 days of practical training in the company),
 * the livret's period returns and the visits read it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendrier d'alternance")
package org.trio.calendar;
