/**
 * The livret d'apprentissage: the competency referential of each programme, the evaluation grid shared at the start,
 * dated evaluations by the maître and the trainer, and per contract a timeline shared by the apprentice, the maître(s),
 * the trainer and the CFA (period returns after each stay in the company, notes, replies, attachments, read receipts,
 * notifications), the validation of the mission by the programme lead, and the PDF of the livret.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Livret d'apprentissage")
package org.trio.booklet;
