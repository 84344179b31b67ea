package ducha.study.internal.tests;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.Staff;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.study.StudyTest;
import ducha.study.internal.jpa.ScoreEntity;

/**
 * 检测成绩 ({@code study.scores}): a paper exam's scores, keyed by 检测编号 + 工号. The kind made for one test
 * ({@link #forTest}) lets 检测编号 be empty and refuses rows of another test.
 */
/* the service is named: DS tooling only sees interfaces a class implements itself, not its superclass's */
@Component(service = LedgerKind.class)
public class ScoreLedger extends PersonLedger<ScoreLedger.ScoreRow, ScoreEntity> {

	public static final String ID = "study.scores";

	static final LedgerColumn STAFF = new LedgerColumn("staffNo", "工号", true, "10001", "应考干警的工号，须已在干警名册中");
	static final LedgerColumn TEST = new LedgerColumn("test", "检测编号", true, "2026Q1", "已建立的季度检测的编号");
	static final LedgerColumn SCORE = new LedgerColumn("score", "成绩", false, "86", "0 至该次检测总分的整数；缺考的留空");
	static final LedgerColumn ABSENT = new LedgerColumn("absent", "缺考", false, "否", "是 或 否；留空为否");
	static final LedgerColumn DATE = new LedgerColumn("date", "考试日期", false, "2026-03-20",
			"不早于检测的考试日期，不晚于今天；留空为检测的考试日期");

	/** One row: whose score of which test (the test's id is filled in by the checks). */
	record ScoreRow(String testCode, long testId, String staffNo, Integer score, boolean absent, LocalDate date)
			implements PersonLedger.PersonRecord {
	}

	private final String onlyTest;
	/** 检测编号: required, except in the kind made for one test. */
	private final LedgerColumn testColumn;

	@Activate
	public ScoreLedger(@Reference TestLedgers support) {
		this(support, null);
	}

	private ScoreLedger(TestLedgers support, String onlyTest) {
		this(support, onlyTest, onlyTest == null ? TEST : optional(TEST));
	}

	private ScoreLedger(TestLedgers support, String onlyTest, LedgerColumn testColumn) {
		super(support, ID, "检测成绩", List.of(STAFF, testColumn, SCORE, ABSENT, DATE), ScoreEntity.class);
		this.onlyTest = onlyTest;
		this.testColumn = testColumn;
	}

	/** The kind for the scores of one test: 检测编号 may be empty, another test's code is refused. */
	static ScoreLedger forTest(TestLedgers support, String code) {
		return new ScoreLedger(support, code);
	}

	private static LedgerColumn optional(LedgerColumn column) {
		return new LedgerColumn(column.key(), column.header(), false, column.example(), column.description());
	}

	@Override
	protected ScoreRow parse(LedgerRowValidator v, LedgerRow row) {
		String code = v.text(row, testColumn);
		if (code == null) {
			code = onlyTest;
		} else if (onlyTest != null && !code.equals(onlyTest)) {
			v.problem(row, TEST, NLS.bind(Messages.ledgerOtherTest, code, onlyTest));
		}
		Staff staff = person(v, row, code);
		Integer score = v.integer(row, SCORE);
		Boolean absent = v.choice(row, ABSENT, ScoreLedger::yesNo, "是、否");
		LocalDate date = v.date(row, DATE, LocalDate.now());
		if (Boolean.TRUE.equals(absent) && score != null) {
			v.problem(row, SCORE, Messages.ledgerAbsentWithScore);
		} else if (!Boolean.TRUE.equals(absent) && score == null && row.get(SCORE.key()) == null) {
			v.problem(row, SCORE, Messages.ledgerScoreMissing);
		}
		return v.hasProblems(row) ? null
				: new ScoreRow(code, 0, staff.staffNo(), score, Boolean.TRUE.equals(absent), date);
	}

	/** 是/否 as the ledger writes them; null for anything else. */
	static Boolean yesNo(String text) {
		return switch (text.strip()) {
		case "是", "Y", "y", "yes", "true", "缺考" -> Boolean.TRUE;
		case "否", "N", "n", "no", "false" -> Boolean.FALSE;
		default -> null;
		};
	}

	@Override
	protected ScoreRow check(EntityManager em, LedgerRowValidator v, LedgerRow row, StudyTest test, ScoreRow r) {
		if (r.score() != null && (r.score() < 0 || r.score() > test.totalPoints())) {
			v.problem(row, SCORE, NLS.bind(Messages.ledgerScoreRange, r.score(), test.totalPoints()));
		}
		if (r.date() != null && r.date().isBefore(test.heldOn())) {
			v.problem(row, DATE, NLS.bind(Messages.ledgerDateBeforeTest, r.date(), test.heldOn()));
		}
		return new ScoreRow(r.testCode(), test.id(), r.staffNo(), r.score(), r.absent(),
				r.date() == null ? test.heldOn() : r.date());
	}

	@Override
	protected long testId(ScoreRow record) {
		return record.testId();
	}

	@Override
	protected ScoreEntity newRow(long testId, ScoreRow record) {
		return new ScoreEntity(testId, record.staffNo());
	}

	@Override
	protected void write(ScoreEntity row, ScoreRow r) {
		row.set(r.score(), r.absent(), r.date());
	}

	@Override
	protected List<String> cells(ScoreEntity s, String testCode) {
		return List.of(s.staffNo(), testCode, cell(s.score()), s.absent() ? "是" : "否", s.date().toString());
	}
}
