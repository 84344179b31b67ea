package ducha.study.internal.tests;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.Staff;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.study.StudyTest;
import ducha.study.TestResult;
import ducha.study.internal.jpa.MakeupEntity;

/** 补考成绩 ({@code study.makeups}), keyed by 检测编号 + 工号: only for whoever failed or missed the test. */
/* the service is named: DS tooling only sees interfaces a class implements itself, not its superclass's */
@Component(service = LedgerKind.class)
public class MakeupLedger extends PersonLedger<MakeupLedger.MakeupRow, MakeupEntity> {

	static final LedgerColumn STAFF = new LedgerColumn("staffNo", "工号", true, "10001", "补考干警的工号");
	static final LedgerColumn TEST = new LedgerColumn("test", "检测编号", true, "2026Q1", "所补考的季度检测的编号");
	static final LedgerColumn SCORE = new LedgerColumn("score", "补考成绩", true, "75", "0 至该次检测总分的整数");
	static final LedgerColumn DATE = new LedgerColumn("date", "补考日期", true, "2026-04-10", "不早于检测的考试日期，不晚于今天");

	/** One row (the test's id filled in by the checks). */
	record MakeupRow(String testCode, long testId, String staffNo, String name, int score, LocalDate date)
			implements PersonLedger.PersonRecord {
	}

	@Activate
	public MakeupLedger(@Reference TestLedgers support) {
		super(support, "study.makeups", "补考成绩", List.of(STAFF, TEST, SCORE, DATE), MakeupEntity.class);
	}

	@Override
	protected MakeupRow parse(LedgerRowValidator v, LedgerRow row) {
		String code = v.text(row, TEST);
		Staff staff = person(v, row, code);
		Integer score = v.integer(row, SCORE);
		LocalDate date = v.date(row, DATE, LocalDate.now());
		return v.hasProblems(row) ? null : new MakeupRow(code, 0, staff.staffNo(), staff.name(), score, date);
	}

	@Override
	protected MakeupRow check(EntityManager em, LedgerRowValidator v, LedgerRow row, StudyTest test, MakeupRow r) {
		TestResult result = support.records.results(em, test).stream().filter(t -> t.staffNo().equals(r.staffNo()))
				.findFirst().orElse(null);
		for (MakeupRules.Problem problem : MakeupRules.problems(test, result, r.name(), r.score(), r.date())) {
			v.problem(row, problem.ofDate() ? DATE : SCORE, problem.text());
		}
		return new MakeupRow(r.testCode(), test.id(), r.staffNo(), r.name(), r.score(), r.date());
	}

	@Override
	protected long testId(MakeupRow record) {
		return record.testId();
	}

	@Override
	protected MakeupEntity newRow(long testId, MakeupRow record) {
		return new MakeupEntity(testId, record.staffNo());
	}

	@Override
	protected void write(MakeupEntity row, MakeupRow r) {
		row.set(r.score(), r.date());
	}

	@Override
	protected List<String> cells(MakeupEntity m, String testCode) {
		return List.of(m.staffNo(), testCode, String.valueOf(m.score()), m.date().toString());
	}
}
