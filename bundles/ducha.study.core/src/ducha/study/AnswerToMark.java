package ducha.study;

/**
 * A short answer waiting for a marker (阅卷).
 *
 * @param attemptId  the attempt
 * @param testCode   检测编号
 * @param staffNo    工号 of the candidate
 * @param name       姓名
 * @param questionId the question
 * @param question   题干
 * @param reference  the reference answer
 * @param answer     what the candidate wrote (empty when nothing)
 * @param maxPoints  the question's points
 */
public record AnswerToMark(long attemptId, String testCode, String staffNo, String name, long questionId,
		String question, String reference, String answer, int maxPoints) {
}
