package ducha.study;

import java.time.Instant;

/**
 * One sitting of a workbench exam by a staff member.
 *
 * @param id          database id
 * @param testId      the test
 * @param staffNo     工号 of the candidate
 * @param number      1 for the first attempt, 2 for an attempt the office granted, …
 * @param startedAt   when the exam was started
 * @param deadline    start + the test's time limit; answers later than this (and a small grace) are refused
 * @param submittedAt when it was handed in or closed at its deadline; null while open
 * @param timedOut    closed by the server at its deadline (the answers saved until then were graded)
 * @param score       the points, null until every short answer is marked
 */
public record Attempt(long id, long testId, String staffNo, int number, Instant startedAt, Instant deadline,
		Instant submittedAt, boolean timedOut, Integer score) {

	public boolean open() {
		return submittedAt == null;
	}
}
