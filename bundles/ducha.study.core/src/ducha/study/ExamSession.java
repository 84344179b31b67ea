package ducha.study;

import java.util.List;
import java.util.Map;

/**
 * An open exam as the candidate's workbench shows it: the attempt (with its deadline), the questions without
 * keys and the answers saved so far.
 */
public record ExamSession(StudyTest test, Attempt attempt, List<ExamQuestion> questions, Map<Long, String> saved) {

	public ExamSession {
		questions = List.copyOf(questions);
		saved = Map.copyOf(saved);
	}
}
