package org.trio.booklet;

import java.time.YearMonth;

/**
 * One point of an apprentice's evaluation trend: the mean level (0 non vu … 3 autonome) of the latest evaluation of
 * each competency as known at the end of the month, by one kind of evaluator.
 */
public record EvaluationPoint(YearMonth month, Evaluator evaluator, double meanLevel, int competenciesEvaluated) {}
