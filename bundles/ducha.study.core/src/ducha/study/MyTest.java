package ducha.study;

/**
 * A test as one staff member sees it in 我的检测.
 *
 * @param test         the test
 * @param canStart     a workbench exam open today with an attempt left
 * @param openAttempt  the attempt under way, or null
 * @param result       the person's result, null when they are no candidate and have no score
 */
public record MyTest(StudyTest test, boolean canStart, Attempt openAttempt, TestResult result) {
}
