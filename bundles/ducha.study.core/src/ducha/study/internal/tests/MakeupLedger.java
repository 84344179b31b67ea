package ducha.study.internal.tests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.Staff;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.ledger.LedgerStorage;
import ducha.core.ledger.RecordLedgerKind;
import ducha.core.security.Principal;
import ducha.study.StudyPermissions;
import ducha.study.StudyTest;
import ducha.study.TestResult;
import ducha.study.internal.jpa.MakeupEntity;
import ducha.study.internal.jpa.PersonRow;
import ducha.study.internal.jpa.TestEntity;

/** 补考成绩 ({@code study.makeups}), keyed by 检测编号 + 工号: only for whoever failed or missed the test. */
/* the service is named: DS tooling only sees interfaces a class implements itself, not its superclass's */
@Component(service = LedgerKind.class)
public class MakeupLedger extends RecordLedgerKind<MakeupLedger.MakeupRow> {

	static final LedgerColumn STAFF = new LedgerColumn("staffNo", "工号", true, "10001", "补考干警的工号");
	static final LedgerColumn TEST = new LedgerColumn("test", "检测编号", true, "2026Q1", "所补考的季度检测的编号");
	static final LedgerColumn SCORE = new LedgerColumn("score", "补考成绩", true, "75", "0 至该次检测总分的整数");
	static final LedgerColumn DATE = new LedgerColumn("date", "补考日期", true, "2026-04-10", "不早于检测的考试日期，不晚于今天");

	/** One row (the test's id filled in by the checks). */
	record MakeupRow(String testCode, long testId, String staffNo, String name, int score, LocalDate date) {
	}

	private final TestLedgers support;

	@Activate
	public MakeupLedger(@Reference TestLedgers support) {
		super("study.makeups", "补考成绩", List.of(STAFF, TEST, SCORE, DATE));
		this.support = support;
	}

	@Override
	protected LedgerStorage storage() {
		return support.storage();
	}

	@Override
	protected String readPermission() {
		return StudyPermissions.SCORES_READ_ALL;
	}

	@Override
	protected MakeupRow parse(LedgerRowValidator v, LedgerRow row) {
		Staff staff = v.staff(row, STAFF, support.directory);
		String code = v.text(row, TEST);
		Integer score = v.integer(row, SCORE);
		LocalDate date = v.date(row, DATE, LocalDate.now());
		if (staff != null && code != null) {
			v.unique(row, STAFF, code + " " + staff.staffNo());
		}
		return v.hasProblems(row) ? null : new MakeupRow(code, 0, staff.staffNo(), staff.name(), score, date);
	}

	@Override
	protected List<MakeupRow> check(EntityManager em, LedgerRowValidator v, List<LedgerRow> rows,
			List<MakeupRow> records) {
		TestLedgers.Tests tests = new TestLedgers.Tests(em);
		Map<String, List<TestResult>> results = new HashMap<>();
		List<MakeupRow> checked = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			MakeupRow r = records.get(i);
			LedgerRow row = rows.get(i);
			StudyTest test = tests.get(v, row, TEST, r.testCode());
			if (test == null) {
				continue;
			}
			TestResult result = results.computeIfAbsent(test.code(), c -> support.records.results(em, test)).stream()
					.filter(t -> t.staffNo().equals(r.staffNo())).findFirst().orElse(null);
			for (MakeupRules.Problem problem : MakeupRules.problems(test, result, r.name(), r.score(), r.date())) {
				v.problem(row, problem.ofDate() ? DATE : SCORE, problem.text());
			}
			checked.add(new MakeupRow(r.testCode(), test.id(), r.staffNo(), r.name(), r.score(), r.date()));
		}
		return checked;
	}

	@Override
	protected Stored upsert(EntityManager em, MakeupRow r) {
		MakeupEntity stored = PersonRow.of(em, MakeupEntity.class, r.testId(), r.staffNo()).stream().findFirst()
				.orElse(null);
		return insertOrUpdate(em, stored, () -> {
			MakeupEntity created = new MakeupEntity(r.testId(), r.staffNo());
			created.set(r.score(), r.date());
			return created;
		}, m -> m.set(r.score(), r.date()));
	}

	@Override
	protected List<List<String>> export(EntityManager em, Principal reader) {
		TestAccess.ScoreVisibility visible = support.access.visibility(reader);
		Map<Long, String> codes = new HashMap<>();
		em.createQuery("select t from TestEntity t", TestEntity.class).getResultList()
				.forEach(t -> codes.put(t.id(), t.toRecord().code()));
		return em.createQuery("select m from MakeupEntity m order by m.testId, m.staffNo", MakeupEntity.class)
				.getResultList().stream()
				.filter(m -> visible.test(m.staffNo(),
						support.directory.staff(m.staffNo()).map(Staff::departmentCode).orElse(null)))
				.map(m -> List.of(m.staffNo(), codes.get(m.testId()), String.valueOf(m.score()), m.date().toString()))
				.toList();
	}
}
