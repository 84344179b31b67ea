package ducha.study;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A quarterly test (季检测).
 *
 * @param id               database id, 0 while not stored
 * @param code             检测编号, e.g. 2026Q1; the ledgers' key
 * @param title            e.g. 2026年第一季度政治理论学习检测
 * @param year             the year of the quarter tested
 * @param quarter          1–4
 * @param heldOn           考试日期: the day the test is held (a workbench exam opens that day)
 * @param openUntil        the last day a workbench exam may be started (the day held for a paper exam)
 * @param passMark         及格分
 * @param totalPoints      总分: the paper's points when it is drawn from the bank
 * @param mode             paper exam with imported scores, or exam in the workbench
 * @param timeLimitMinutes 时限 of a workbench exam, in minutes (0 for a paper exam)
 * @param seed             the seed the paper is drawn with
 * @param spec             how the paper is drawn ({@link PaperSpec#NONE}: no paper, scores only)
 * @param makeupRule       how a make-up counts, fixed when the test is created
 */
public record StudyTest(long id, String code, String title, int year, int quarter, LocalDate heldOn,
		LocalDate openUntil, int passMark, int totalPoints, TestMode mode, int timeLimitMinutes, long seed,
		PaperSpec spec, MakeupRule makeupRule) {

	public StudyTest {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(heldOn, "heldOn");
		Objects.requireNonNull(mode, "mode");
		openUntil = openUntil == null ? heldOn : openUntil;
		spec = spec == null ? PaperSpec.NONE : spec;
	}

	/** The code of a quarter's test as the office writes it: 2026Q1. */
	public static String codeOf(int year, int quarter) {
		return year + "Q" + quarter;
	}

	/** Whether a workbench exam may be started on the day. */
	public boolean openOn(LocalDate day) {
		return mode == TestMode.WORKBENCH && !day.isBefore(heldOn) && !day.isAfter(openUntil);
	}

	/** Whether the score passes. */
	public boolean passes(Integer score) {
		return score != null && score >= passMark;
	}
}
