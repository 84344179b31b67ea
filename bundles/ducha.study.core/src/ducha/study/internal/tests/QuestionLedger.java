package ducha.study.internal.tests;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.Labelled;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.ledger.LedgerStorage;
import ducha.core.ledger.RecordLedgerKind;
import ducha.core.security.Principal;
import ducha.study.Question;
import ducha.study.QuestionType;
import ducha.study.internal.jpa.QuestionEntity;

/** 题库 ({@code study.questions}), keyed by 题号; options one per line of the cell (or separated by |). */
/* the service is named: DS tooling only sees interfaces a class implements itself, not its superclass's */
@Component(service = LedgerKind.class)
public class QuestionLedger extends RecordLedgerKind<Question> {

	static final LedgerColumn CODE = new LedgerColumn("code", "题号", true, "LZ-001", "试题的固定编号");
	static final LedgerColumn TOPIC = new LedgerColumn("topic", "专题", true, "廉洁自律", "如 党章党规、廉洁自律、法院工作")
			.limit(100);
	static final LedgerColumn TYPE = new LedgerColumn("type", "题型", true, "单选题", "单选题、多选题、判断题、简答题");
	static final LedgerColumn TEXT = new LedgerColumn("text", "题干", true, "“三个规定”是指……", "")
			.limit(QuestionRules.TEXT_LENGTH);
	static final LedgerColumn OPTIONS = new LedgerColumn("options", "选项", false, "选项一|选项二|选项三|选项四",
			"选择题的选项，按 A、B、C… 的顺序，每行一个或用 | 分隔；其他题型留空").limit(2000);
	static final LedgerColumn ANSWER = new LedgerColumn("answer", "答案", true, "B",
			"选择题写正确选项的字母（多选如 ACD），判断题写 对 或 错，简答题写参考答案").limit(2000);
	static final LedgerColumn POINTS = new LedgerColumn("points", "分值", true, "2", "至少 1 分");
	static final LedgerColumn STATUS = new LedgerColumn("status", "状态", false, "在用", "在用 或 停用；留空为在用");

	private final TestLedgers support;

	@Activate
	public QuestionLedger(@Reference TestLedgers support) {
		super("study.questions", "题库", List.of(CODE, TOPIC, TYPE, TEXT, OPTIONS, ANSWER, POINTS, STATUS), CODE);
		this.support = support;
	}

	@Override
	protected LedgerStorage storage() {
		return support.storage();
	}

	@Override
	protected Question parse(LedgerRowValidator v, LedgerRow row) {
		String topic = v.text(row, TOPIC);
		QuestionType type = v.choice(row, TYPE, QuestionType::parse, Labelled.accepted(QuestionType.class));
		String text = v.text(row, TEXT);
		String options = v.text(row, OPTIONS);
		String answer = v.text(row, ANSWER);
		Integer points = v.integer(row, POINTS);
		Boolean retired = v.choice(row, STATUS, s -> s.equals("停用") ? Boolean.TRUE : s.equals("在用") ? Boolean.FALSE
				: null, "在用、停用");
		if (v.hasProblems(row)) {
			return null;
		}
		List<String> list = options == null ? List.of()
				: Arrays.stream(options.split("\\s*[\\n|｜]\\s*")).filter(o -> !o.isBlank()).toList();
		Question q = new Question(0, row.get(CODE.key()), topic, type, text, list, answer, points,
				Boolean.TRUE.equals(retired));
		QuestionRules.problems(q).forEach(problem -> v.problem(row, ANSWER, problem));
		return v.hasProblems(row) ? null
				: new Question(0, q.code(), topic, type, text, list, QuestionRules.normalisedAnswer(q), points,
						q.retired());
	}

	@Override
	protected Stored upsert(EntityManager em, Question q) {
		return insertOrUpdate(em, DefaultQuestionBank.byCode(em, q.code()), () -> new QuestionEntity(q),
				e -> e.update(q));
	}

	@Override
	protected List<List<String>> export(EntityManager em, Principal reader) {
		return DefaultQuestionBank.all(em).stream().map(q -> List.of(q.code(), q.topic(), q.type().label(), q.text(),
				String.join("\n", q.options()), q.answer(), String.valueOf(q.points()), q.retired() ? "停用" : "在用"))
				.toList();
	}
}
