package ducha.study.internal.tests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.Labelled;
import ducha.core.ValidationException;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.ledger.LedgerStorage;
import ducha.core.ledger.RecordLedgerKind;
import ducha.core.security.Principal;
import ducha.study.MakeupRule;
import ducha.study.PaperGenerator;
import ducha.study.PaperSpec;
import ducha.study.StudyTest;
import ducha.study.TestMode;

/**
 * 季度检测 ({@code study.tests}), keyed by 检测编号. A new test's paper is drawn from the bank as it is stored; a test
 * already stored is kept as it is (its paper and make-up rule are fixed once it was created).
 */
/* the service is named: DS tooling only sees interfaces a class implements itself, not its superclass's */
@Component(service = LedgerKind.class)
public class TestLedger extends RecordLedgerKind<StudyTest> {

	static final LedgerColumn CODE = new LedgerColumn("code", "检测编号", true, "2026Q1", "如 2026Q1");
	static final LedgerColumn TITLE = new LedgerColumn("title", "名称", true, "2026年第一季度政治理论学习检测", "").limit(200);
	static final LedgerColumn YEAR = new LedgerColumn("year", "年度", true, "2026", "");
	static final LedgerColumn QUARTER = new LedgerColumn("quarter", "季度", true, "1", "1 至 4");
	static final LedgerColumn HELD = new LedgerColumn("heldOn", "考试日期", true, "2026-03-20", "在该季度内");
	static final LedgerColumn UNTIL = new LedgerColumn("openUntil", "截止日期", false, "2026-03-27",
			"机考最后一天可开考的日期；留空为考试当天");
	static final LedgerColumn PASS = new LedgerColumn("passMark", "及格分", true, "60", "");
	static final LedgerColumn TOTAL = new LedgerColumn("totalPoints", "总分", false, "100", "按组卷规则抽题的，总分为试卷分值之和");
	static final LedgerColumn MODE = new LedgerColumn("mode", "考试方式", true, "纸质考试", "纸质考试 或 机考");
	static final LedgerColumn LIMIT = new LedgerColumn("timeLimit", "时限（分钟）", false, "60", "机考必填");
	static final LedgerColumn SEED = new LedgerColumn("seed", "随机种子", false, "20260320", "同一题库、规则和种子抽出同一试卷；留空则随机");
	static final LedgerColumn SPEC = new LedgerColumn("spec", "组卷规则", false, "廉洁自律:单选题:5；党章党规:判断题:5",
			"专题:题型:题数，多条用；分隔；只导入成绩的留空").limit(2000);
	static final LedgerColumn RULE = new LedgerColumn("makeupRule", "补考规则", false, "补考成绩最高计为及格分",
			"补考成绩替代原成绩 或 补考成绩最高计为及格分；留空按 ducha.properties 的 study.makeup-rule");

	private final TestLedgers support;

	@Activate
	public TestLedger(@Reference TestLedgers support) {
		super("study.tests", "季度检测",
				List.of(CODE, TITLE, YEAR, QUARTER, HELD, UNTIL, PASS, TOTAL, MODE, LIMIT, SEED, SPEC, RULE), CODE);
		this.support = support;
	}

	@Override
	protected LedgerStorage storage() {
		return support.storage();
	}

	@Override
	protected StudyTest parse(LedgerRowValidator v, LedgerRow row) {
		String title = v.text(row, TITLE);
		Integer year = v.integer(row, YEAR);
		Integer quarter = v.integer(row, QUARTER);
		LocalDate held = v.date(row, HELD, null);
		LocalDate until = v.date(row, UNTIL, null);
		Integer pass = v.integer(row, PASS);
		Integer total = v.integer(row, TOTAL);
		TestMode mode = v.choice(row, MODE, TestMode::parse, Labelled.accepted(TestMode.class));
		Integer limit = v.integer(row, LIMIT);
		String seedText = v.text(row, SEED);
		Long seed = seedText == null ? Long.valueOf(new Random().nextLong())
				: seedText.matches("-?\\d{1,18}") ? Long.valueOf(seedText) : null;
		if (seed == null) {
			v.problem(row, SEED, Messages.ledgerSeed);
		}
		PaperSpec spec = null;
		try {
			spec = PaperSpec.parse(v.text(row, SPEC));
		} catch (ValidationException e) {
			e.problems().forEach(p -> v.problem(row, SPEC, p));
		}
		MakeupRule rule = v.choice(row, RULE, MakeupRule::parse, Labelled.accepted(MakeupRule.class));
		if (v.hasProblems(row)) {
			return null;
		}
		StudyTest test = new StudyTest(0, row.get(CODE.key()), title, year, quarter, held, until, pass,
				total == null ? 0 : total, mode, limit == null ? 0 : limit, seed, spec,
				rule == null ? MakeupSetting.read() : rule);
		TestRules.problems(test).forEach(p -> v.problem(row, null, p));
		return v.hasProblems(row) ? null : TestRules.check(test, test.makeupRule());
	}

	@Override
	protected List<StudyTest> check(EntityManager em, LedgerRowValidator v, List<LedgerRow> rows,
			List<StudyTest> records) {
		List<StudyTest> checked = new ArrayList<>();
		var bank = DefaultQuestionBank.all(em);
		for (int i = 0; i < records.size(); i++) {
			StudyTest t = records.get(i);
			LedgerRow row = rows.get(i);
			if (TestRecords.entity(em, t.code()) != null) {
				checked.add(t);
				continue;
			}
			try {
				int total = PaperGenerator.draw(bank, t.spec(), t.seed()).totalPoints();
				int counted = t.spec().isEmpty() ? t.totalPoints() : total;
				if (t.passMark() < 1 || t.passMark() > counted) {
					v.problem(row, PASS, org.eclipse.osgi.util.NLS.bind(Messages.testPassMark, t.passMark(),
							counted));
				}
			} catch (ValidationException e) {
				e.problems().forEach(p -> v.problem(row, SPEC, p));
			}
			checked.add(t);
		}
		return checked;
	}

	@Override
	protected Stored upsert(EntityManager em, StudyTest t) {
		if (TestRecords.entity(em, t.code()) != null) {
			return Stored.KEPT;
		}
		TestRecords.storeWithPaper(em, t);
		return Stored.INSERTED;
	}

	@Override
	protected List<List<String>> export(EntityManager em, Principal reader) {
		return support.records.tests().stream().sorted((a, b) -> a.code().compareTo(b.code()))
				.map(t -> List.of(t.code(), t.title(), String.valueOf(t.year()), String.valueOf(t.quarter()),
						t.heldOn().toString(), t.openUntil().toString(), String.valueOf(t.passMark()),
						String.valueOf(t.totalPoints()), t.mode().label(), String.valueOf(t.timeLimitMinutes()),
						String.valueOf(t.seed()), t.spec().text(), t.makeupRule().label()))
				.toList();
	}
}
