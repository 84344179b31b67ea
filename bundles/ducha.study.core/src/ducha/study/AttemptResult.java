package ducha.study;

/**
 * What a handed-in exam gave.
 *
 * @param attempt          the closed attempt (its score null while short answers wait for marking)
 * @param objectivePoints  the points of the automatically graded questions
 * @param pendingQuestions short answers waiting for a marker
 * @param passed           whether the score passes (false while marking is pending)
 */
public record AttemptResult(Attempt attempt, int objectivePoints, int pendingQuestions, boolean passed) {
}
