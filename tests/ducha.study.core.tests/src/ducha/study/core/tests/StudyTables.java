package ducha.study.core.tests;

import java.util.List;

import ducha.test.osgi.Osgi;

/** The study plugin's tables, children first, emptied before each test that stores records. */
final class StudyTables {

	static final List<String> TABLES = List.of(
			"study_review_assignment", "study_review_problem", "study_review_staff", "study_review",
			"study_session_attendee", "study_session", "study_answer", "study_attempt",
			"study_attempt_grant", "study_makeup", "study_score", "study_paper_question",
			"study_test", "study_question");

	private StudyTables() {
	}

	/** Empties the plugin's and the platform's tables. */
	static void reset() {
		Osgi.resetTables("ducha.study", TABLES);
	}
}
