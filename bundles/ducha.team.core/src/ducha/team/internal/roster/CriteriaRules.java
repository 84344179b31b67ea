package ducha.team.internal.roster;

import java.util.ArrayList;
import java.util.List;

import ducha.core.Language;
import ducha.team.SelectionCriteria;

/** The selection criteria fit their columns. */
final class CriteriaRules {

	private CriteriaRules() {
	}

	static List<String> problems(SelectionCriteria c) {
		List<String> problems = new ArrayList<>();
		check(problems, Messages.politicalAbility, c.politicalAbility(), SelectionCriteria.TEXT_LENGTH);
		check(problems, Messages.professionalQuality, c.professionalQuality(), SelectionCriteria.TEXT_LENGTH);
		check(problems, Messages.disciplineConduct, c.disciplineConduct(), SelectionCriteria.TEXT_LENGTH);
		check(problems, Messages.seniority, c.seniority(), SelectionCriteria.TEXT_LENGTH);
		check(problems, Messages.decisionRef, c.decisionRef(), SelectionCriteria.REF_LENGTH);
		return problems;
	}

	private static void check(List<String> problems, String what, String value, int limit) {
		if (value != null && value.length() > limit) {
			problems.add(Language.format(Messages.tooLong, what, limit));
		}
	}
}
