package ducha.study;

import java.time.LocalDate;

/**
 * One person's result of a test: the score, the make-up and the final score by the test's {@link MakeupRule}.
 *
 * @param testCode       检测编号
 * @param staffNo        工号
 * @param name           姓名 (the 工号 when the directory no longer knows it)
 * @param departmentCode 部门 code (empty when unknown)
 * @param score          成绩; null while absent, not taken or not yet marked
 * @param absent         缺考: no score and no exam taken (or imported as absent)
 * @param pendingMarking an exam whose short answers are not all marked yet
 * @param date           the day of the score
 * @param makeupScore    补考成绩, null when none was sat
 * @param makeupDate     补考日期
 * @param finalScore     最终成绩, null when there is nothing to count
 * @param passed         whether the final score reaches the pass mark
 */
public record TestResult(String testCode, String staffNo, String name, String departmentCode, Integer score,
		boolean absent, boolean pendingMarking, LocalDate date, Integer makeupScore, LocalDate makeupDate,
		Integer finalScore, boolean passed) {

	/** On the make-up list: below the pass mark or absent, with no make-up recorded yet. */
	public boolean makeupDue() {
		return makeupScore == null && !pendingMarking && (absent || score != null && !passed);
	}
}
